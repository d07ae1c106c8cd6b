package org.newsidx.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.IndexUnavailableException;
import org.newsidx.search.OpenIndexes;

/**
 * Keeps a warm JVM with its indexes open for the launcher's read-only commands ({@code search},
 * {@code quotes}, {@code show}, {@code facets}, {@code stats}), so that a search after the first one
 * answers in milliseconds instead of paying the JVM's start-up, Lucene's set-up and a cold search.
 *
 * <p>The launcher starts it in the background once one of those commands, or an index run, has ended;
 * it warms up by repeating that command (after an index run, a search of the index just written), then
 * writes its state file and answers on 127.0.0.1. It ends after {@code --idle} seconds without a request, when the
 * jar it runs from changes, or when another server already holds the state file's lock.
 *
 * <p>Protocol (one command per connection): the server greets with {@code newsidx-server 1\n}; the
 * client sends a {@link ServerRequest}; the server answers with the exit code, NUL, stderr, NUL, then
 * stdout (UTF-8, as in a run of its own) until it closes the connection. Instead of an exit code it may
 * answer {@value #FALLBACK}: the client then runs the command itself, so that anything unusual (no
 * index, {@code -v}, an {@code @file}, another command) behaves exactly as without the server. Where the launcher finds
 * the server: {@link ServerStateFile}.
 */
public final class SearchServer implements AutoCloseable {

    static final String GREETING = "newsidx-server 1\n";
    static final String FALLBACK = "fallback";
    static final Set<String> SERVED = Set.of("search", "quotes", "show", "facets", "stats");
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
        Main.useFixedLocale();
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
        ServerStateFile stateFile = new ServerStateFile(state);
        try (FileChannel lock = stateFile.lock(LOCK_WAIT_MS)) {
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
                stateFile.publish(socket.getLocalPort(), HexFormat.of().formatHex(token));
                Runtime.getRuntime().addShutdownHook(new Thread(stateFile::unpublish));
                server.serve(idleSeconds * 1000L);
                stateFile.unpublish();
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
        Invocation invocation = new Invocation(false, true, null, opener);
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
        ServerRequest request = ServerRequest.read(client.getInputStream());
        if (request == null || !request.hasToken(token)) {
            return true; // not our client: no answer at all
        }
        boolean jarChanged = jarChanged();
        String[] args = request.args();
        if (jarChanged || args.length == 0 || !SERVED.contains(args[0]) || !request.workingDir().isAbsolute()
                || request.wantsOwnJvm()) {
            reply(out, FALLBACK, "", "");
            return !jarChanged;
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        ClientIndexes opener = new ClientIndexes(request.workingDir());
        Invocation invocation = request.invocation(opener);
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
