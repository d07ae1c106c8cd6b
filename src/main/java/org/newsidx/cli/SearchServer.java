package org.newsidx.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.IndexUnavailableException;
import org.newsidx.search.OpenIndexes;

/**
 * Keeps a warm JVM with its indexes open for the launcher's read-only commands ({@code search},
 * {@code quotes}, {@code show}, {@code facets}), so that a search after the first one answers in
 * milliseconds instead of paying the JVM's start-up, Lucene's set-up and a cold search each time.
 *
 * <p>The launcher starts it in the background after a local run of one of those commands, or of an
 * index run; it warms up by repeating that command (a search of the index just written, after an
 * index run), then writes a state file ({@code port token pid}, readable by its owner
 * only) and answers on 127.0.0.1. It ends after {@code --idle} seconds without a request, when the
 * jar it runs from changes, or when another server already holds the state file's lock.
 *
 * <p>Protocol (one command per connection; fields end with a NUL byte): the server greets with
 * {@code newsidx-server 1\n}; the client sends its token, working folder, whether stdin and stdout
 * are a terminal (0/1), whether NO_COLOR is set (0/1), TERM, the number of arguments, and the
 * arguments (output is UTF-8, as in a run of its own). The server answers with the exit code, NUL, stderr, NUL,
 * then stdout until it closes the connection. Instead of an exit code it may answer
 * {@value #FALLBACK}: the client then runs the command itself, so that anything unusual (no index,
 * {@code -v}, another command) behaves exactly as without the server.
 */
public final class SearchServer implements AutoCloseable {

    static final String GREETING = "newsidx-server 1\n";
    static final String FALLBACK = "fallback";
    static final Set<String> SERVED = Set.of("search", "quotes", "show", "facets");
    private static final int MAX_REQUEST_BYTES = 1 << 20;
    /** Token, folder, console, NO_COLOR, TERM, number of arguments. */
    private static final int HEADER_FIELDS = 6;
    private static final int REQUEST_TIMEOUT_MS = 5_000;
    /** How often a server without requests checks whether its jar was rebuilt (then it ends). */
    private static final int JAR_CHECK_MS = 5_000;
    private static final long LOCK_WAIT_MS = 15_000;

    private final ServerSocket socket;
    private final byte[] token;
    private final Path jar;
    private final FileTime jarTime;
    private final OpenIndexes indexes = new OpenIndexes();
    private int served;

    SearchServer(ServerSocket socket, byte[] token, Path jar) throws IOException {
        this.socket = socket;
        this.token = token.clone();
        this.jar = jar;
        this.jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
    }

    /** {@code --state FILE --jar JAR --idle SECONDS --cwd DIR -- COMMAND...} (the command to warm up with). */
    public static void main(String[] args) throws IOException {
        Path state = null;
        Path jar = null;
        Path cwd = Path.of("").toAbsolutePath();
        int idleSeconds = 600;
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--state" -> state = Path.of(value);
                case "--jar" -> jar = Path.of(value);
                case "--idle" -> idleSeconds = Integer.parseInt(value);
                case "--cwd" -> cwd = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String[] warmUp = i < args.length ? Arrays.copyOfRange(args, i + 1, args.length) : new String[0];
        if (state == null) {
            throw new IllegalArgumentException("--state FILE is required");
        }
        try (FileChannel lockFile = FileChannel.open(state.resolveSibling(state.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockWithin(lockFile, LOCK_WAIT_MS)) {
            if (lock == null) {
                return; // another server serves this launcher
            }
            byte[] token = new byte[16];
            new SecureRandom().nextBytes(token);
            try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                 SearchServer server = new SearchServer(socket, token, jar)) {
                if (!server.warmUp(cwd, warmUp, 2_000)) {
                    return; // the command failed (no index there, a malformed query): nothing to keep warm
                }
                String line = socket.getLocalPort() + " " + HexFormat.of().formatHex(token) + " "
                        + ProcessHandle.current().pid() + "\n";
                publish(state, line);
                Path published = state;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> unpublish(published, line)));
                server.serve(idleSeconds * 1000L);
                unpublish(state, line);
            }
        }
    }

    /**
     * The state file's lock, waiting up to {@code millis} for a server whose jar was rebuilt to notice it
     * and end ({@link #JAR_CHECK_MS}); null when another server keeps it.
     */
    private static FileLock lockWithin(FileChannel file, long millis) throws IOException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (true) {
            FileLock lock = file.tryLock();
            if (lock != null || System.nanoTime() > end) {
                return lock;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Repeats a command, its output thrown away, for at most {@code millis}: the JIT compiles what
     * searches use. False when the command fails (exit code 2: no index there, a malformed query).
     */
    boolean warmUp(Path cwd, String[] given, long millis) {
        String[] command = given.length > 0 && given[0].equals("index") ? searchAfterIndexing(given) : given;
        if (command.length == 0 || !SERVED.contains(command[0])) {
            return false;
        }
        long end = System.nanoTime() + millis * 1_000_000;
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        ClientIndexes opener = new ClientIndexes(cwd);
        Invocation invocation = new Invocation(cwd, false, true, null, opener);
        for (int k = 0; k < 500 && System.nanoTime() < end; k++) {
            int code = invocation.run(() -> Main.run(command, discard, discard));
            if (code > 1 || opener.failed) {
                return false;
            }
        }
        return true;
    }

    /**
     * The search to warm up with after an index run ({@code index [--index DIR] ...}): a common word
     * of news over the index just written, so that the first search after it is answered warm.
     */
    static String[] searchAfterIndexing(String[] indexCommand) {
        String dir = "index";
        for (int i = 1; i < indexCommand.length; i++) {
            if (indexCommand[i].equals("--index") && i + 1 < indexCommand.length) {
                dir = indexCommand[i + 1];
            } else if (indexCommand[i].startsWith("--index=")) {
                dir = indexCommand[i].substring("--index=".length());
            }
        }
        return new String[] {"search", "--index", dir, "--json", "said"};
    }

    /** Answers connections one at a time until {@code idleMillis} without one, or a changed jar, ends it. */
    void serve(long idleMillis) throws IOException {
        long lastRequest = System.nanoTime();
        socket.setSoTimeout((int) Math.max(1, Math.min(JAR_CHECK_MS, idleMillis)));
        while (true) {
            Socket client;
            try {
                client = socket.accept();
                lastRequest = System.nanoTime();
            } catch (SocketTimeoutException quiet) {
                if (System.nanoTime() - lastRequest > idleMillis * 1_000_000 || jarChanged()) {
                    return;
                }
                continue;
            }
            try (client) {
                if (!answer(client)) {
                    return;
                }
            } catch (IOException e) {
                // a client that went away: nothing to answer
            }
        }
    }

    /** Answers one connection; false when the server should stop. */
    boolean answer(Socket client) throws IOException {
        client.setSoTimeout(REQUEST_TIMEOUT_MS);
        OutputStream out = client.getOutputStream();
        out.write(GREETING.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        List<String> fields = readRequest(client.getInputStream());
        if (fields == null || fields.size() < HEADER_FIELDS
                || !MessageDigest.isEqual(token, HexFormat.of().parseHex(hexOrEmpty(fields.get(0))))) {
            return true; // not our client: no answer at all
        }
        int argc = parseCount(fields.get(HEADER_FIELDS - 1));
        if (argc < 0 || fields.size() != HEADER_FIELDS + argc) {
            return true;
        }
        boolean jarChanged = jarChanged();
        String[] args = fields.subList(HEADER_FIELDS, fields.size()).toArray(new String[0]);
        Path cwd = Path.of(fields.get(1));
        // -v: the stack trace of a run of its own, without the server's frames
        boolean verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
        if (jarChanged || args.length == 0 || !SERVED.contains(args[0])
                || !cwd.isAbsolute() || verbose) {
            reply(out, FALLBACK, "", "");
            return !jarChanged;
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        ClientIndexes opener = new ClientIndexes(cwd);
        Invocation invocation = new Invocation(cwd, fields.get(2).equals("1"), fields.get(3).equals("1"),
                fields.get(4).isEmpty() ? null : fields.get(4), opener);
        int code;
        try {
            code = invocation.run(() -> Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr)));
        } catch (RuntimeException | Error e) {
            reply(out, FALLBACK, "", "");
            return !(e instanceof VirtualMachineError);
        }
        if (opener.failed) {
            reply(out, FALLBACK, "", ""); // the client reports a missing or damaged index itself, as usual
        } else {
            reply(out, Integer.toString(code), stderr.toString(), stdout.toString());
            served++;
        }
        return true;
    }

    /** Commands answered so far (not counting fallbacks). */
    int served() {
        return served;
    }

    private static void reply(OutputStream out, String code, String stderr, String stdout) throws IOException {
        out.write((code + '\0' + stderr + '\0').getBytes(StandardCharsets.UTF_8));
        out.write(stdout.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The request's NUL-terminated fields, or null when it is too long or ends early. */
    private static List<String> readRequest(InputStream in) throws IOException {
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int total = 0;
        int expected = -1;
        while (expected < 0 || fields.size() < expected) {
            int n = in.read(buf);
            if (n < 0 || (total += n) > MAX_REQUEST_BYTES) {
                return null;
            }
            for (int k = 0; k < n; k++) {
                if (buf[k] != 0) {
                    field.write(buf[k]);
                    continue;
                }
                fields.add(field.toString(StandardCharsets.UTF_8));
                field.reset();
                if (fields.size() == HEADER_FIELDS) {
                    int argc = parseCount(fields.get(HEADER_FIELDS - 1));
                    if (argc < 0) {
                        return null;
                    }
                    expected = HEADER_FIELDS + argc;
                }
            }
        }
        return fields;
    }

    private static int parseCount(String s) {
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(s);
    }

    private static String hexOrEmpty(String s) {
        return s.length() == 32 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? s : "";
    }

    /** Whether the jar this server runs from was rebuilt (or removed) since it started. */
    private boolean jarChanged() {
        return jar != null && !jarTime.equals(lastModified(jar));
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes the state file readable by its owner only, under a temporary name first. */
    private static void publish(Path state, String line) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, line);
        try {
            Files.move(tmp, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the state file if it is still this server's. */
    private static void unpublish(Path state, String line) {
        try {
            if (Files.exists(state) && Files.readString(state).equals(line)) {
                Files.delete(state);
            }
        } catch (IOException e) {
            // a state file left behind points to a closed port: the launcher then runs commands itself
        }
    }

    @Override
    public String toString() {
        return "SearchServer on port " + socket.getLocalPort() + ", " + served + " served";
    }

    /** Closes the open indexes. */
    @Override
    public void close() {
        indexes.close();
    }

    /** Opens a client's index through the open ones, resolved against its folder; remembers a failure. */
    private final class ClientIndexes implements Invocation.IndexOpener {
        private final Path cwd;
        boolean failed;

        ClientIndexes(Path cwd) {
            this.cwd = cwd;
        }

        @Override
        public IndexSnapshot open(Path dir) throws IndexUnavailableException {
            try {
                return indexes.acquire(cwd.resolve(dir).normalize());
            } catch (IndexUnavailableException e) {
                failed = true;
                throw e;
            }
        }
    }
}
