package org.newsidx.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the launcher finds {@link SearchServer}: a file of one line, {@code port token pid}, readable by
 * its owner only, and beside it a lock file that keeps a second server of the same launcher from starting
 * (it holds the pid of the server that has the lock, also while that one warms up).
 */
final class ServerStateFile {

    private final Path path;
    private String published;

    ServerStateFile(Path path) {
        this.path = path;
    }

    /**
     * The lock that makes this process the launcher's server, waiting up to {@code millis} for a server
     * whose jar was rebuilt to notice it and end; null when another server keeps it. The caller closes
     * the returned channel, which releases the lock.
     */
    FileChannel lock(long millis) throws IOException {
        FileChannel file = FileChannel.open(path.resolveSibling(path.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            while (true) {
                FileLock lock = file.tryLock();
                if (lock != null) {
                    // the holder's pid, for 'newsidx server stop' while it warms up (no state file yet)
                    file.truncate(0);
                    file.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
                    return file;
                }
                if (System.nanoTime() > end) {
                    file.close();
                    return null;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            file.close();
            return null;
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Writes the line for a server on {@code port} with {@code token}, under a temporary name first. */
    synchronized void publish(int port, String token) throws IOException {
        String line = port + " " + token + " " + ProcessHandle.current().pid() + "\n";
        Path tmp = path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, line);
        try {
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
        published = line;
    }

    /** Removes the file if it is still the one {@link #publish} wrote. */
    synchronized void unpublish() {
        try {
            if (published != null && Files.exists(path) && Files.readString(path).equals(published)) {
                Files.delete(path);
            }
        } catch (IOException e) {
            // a state file left behind points to a closed port: the launcher then runs commands itself
        }
        published = null;
    }
}
