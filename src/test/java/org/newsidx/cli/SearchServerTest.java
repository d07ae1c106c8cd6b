package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The warm search server answers exactly what a command run on its own prints, or sends it back. */
class SearchServerTest {

    private static final byte[] TOKEN = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    @TempDir
    Path tmp;

    private SearchServer server;
    private Thread serving;
    private int port;

    /** What the server answered: an exit code (or "fallback"), stderr and stdout. */
    record Answer(String code, String err, String out) {
    }

    @BeforeEach
    void start() throws Exception {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        port = socket.getLocalPort();
        SearchServer started = new SearchServer(socket, TOKEN, null);
        server = started;
        serving = new Thread(() -> {
            try (socket; started) {
                started.serve(60_000);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void stop() throws Exception {
        serving.interrupt();
        new Socket(InetAddress.getLoopbackAddress(), port).close(); // wakes accept; the thread is a daemon
    }

    private Answer ask(String token, Path cwd, String... args) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            InputStream in = s.getInputStream();
            byte[] greeting = in.readNBytes(SearchServer.GREETING.length());
            assertEquals(SearchServer.GREETING, new String(greeting, StandardCharsets.US_ASCII));
            List<String> fields = new ArrayList<>(List.of(token, cwd.toString(), "0", "0", "",
                    Integer.toString(args.length)));
            fields.addAll(List.of(args));
            OutputStream out = s.getOutputStream();
            for (String f : fields) {
                out.write(f.getBytes(StandardCharsets.UTF_8));
                out.write(0);
            }
            out.flush();
            byte[] all = in.readAllBytes();
            String reply = new String(all, StandardCharsets.UTF_8);
            if (reply.isEmpty()) {
                return null;
            }
            int a = reply.indexOf('\0');
            int b = reply.indexOf('\0', a + 1);
            return new Answer(reply.substring(0, a), reply.substring(a + 1, b), reply.substring(b + 1));
        }
    }

    private Answer ask(String... args) throws IOException {
        return ask(HexFormat.of().formatHex(TOKEN), tmp, args);
    }

    /** The same command run on its own, in the test's folder (its index path absolute). */
    private static Answer local(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Answer(Integer.toString(code), err.toString(), out.toString());
    }

    private void indexSamples() {
        assertEquals("0", local("index", "-q", "--index", tmp.resolve("index").toString(), "samples").code());
    }

    @Test
    void answersSearchesQuotesShowFacetsAndStatsAsTheyRunOnTheirOwn() throws Exception {
        indexSamples();
        String abs = tmp.resolve("index").toString();
        String passage = local("search", "--index", abs, "--json", "migrants").out()
                .replaceAll("(?s).*?\"passageId\":\"([^\"]+)\".*", "$1");
        assertTrue(passage.matches("[0-9a-f]{16}#\\d+"), passage);
        String[][] commands = {
            {"search", "--json", "--quotes", "migrants"},
            {"search", "--person", "Macron", "boats"},
            {"search", "--from", "2099-01-01", "migrants"},
            {"search", "migrants AND ("},
            {"quotes", passage},
            {"show", "--json", passage},
            {"facets", "--json", "place", "migrants"},
            {"facets", "nodim"},
        };
        for (String[] c : commands) {
            // the server gets "--index index", relative to the client's folder (tmp)
            List<String> served = new ArrayList<>(List.of(c[0], "--index", "index"));
            served.addAll(List.of(c).subList(1, c.length));
            List<String> own = new ArrayList<>(List.of(c[0], "--index", abs));
            own.addAll(List.of(c).subList(1, c.length));
            Answer expected = local(own.toArray(new String[0]));
            assertEquals(expected, ask(served.toArray(new String[0])), String.join(" ", c));
        }
        // stats names the folder as the user typed it
        Answer stats = local("stats", "--index", abs, "--json");
        assertEquals(new Answer(stats.code(), stats.err(), stats.out().replace(abs, "index")),
                ask("stats", "--index", "index", "--json"));
        Answer bad = ask("search", "--index", "index", "migrants AND (");
        assertEquals("2", bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(server.served() >= commands.length);
    }

    @Test
    void sendsBackWhatItShouldNotAnswerAndIgnoresAClientWithoutTheToken() throws Exception {
        indexSamples();
        assertEquals(SearchServer.FALLBACK, ask("search", "--index", "no-such-index", "migrants").code());
        assertEquals(SearchServer.FALLBACK, ask("index", "--index", "index", "samples").code());
        assertEquals(SearchServer.FALLBACK, ask("search", "-v", "--index", "index", "migrants").code());
        assertEquals(null, ask("ffeeddccbbaa99887766554433221100", tmp, "search", "--index", "index", "migrants"));
        assertEquals("0", ask("search", "--index", "index", "migrants").code(), "still serving");
        assertEquals(1, server.served());
    }

    @Test
    void aSearchAfterAnIndexRunSeesTheNewArticle() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Flood warning\n\nRivers rose in Leeds on Monday.\n");
        assertEquals("0", local("index", "-q", "--index", tmp.resolve("index").toString(), corpus.toString()).code());
        assertEquals("1", ask("search", "--index", "index", "zebrafish").code(), "no hit yet");
        Files.writeString(corpus.resolve("b.txt"), "Zebrafish study\n\nZebrafish grew new fins in Oslo, scientists said.\n");
        assertEquals("0", local("index", "-q", "--index", tmp.resolve("index").toString(), corpus.toString()).code());
        Answer after = ask("search", "--index", "index", "zebrafish");
        assertEquals("0", after.code());
        assertTrue(after.out().contains("Zebrafish study"), after.out());
    }

    @Test
    void afterAnIndexRunItWarmsUpOnTheIndexJustWritten() {
        assertEquals(List.of("search", "--index", "news/ix", "--json", "said"),
                List.of(SearchServer.searchAfterIndexing(new String[] {"index", "-q", "--index", "news/ix", "samples"})));
        assertEquals(List.of("search", "--index", "ix2", "--json", "said"),
                List.of(SearchServer.searchAfterIndexing(new String[] {"index", "--index=ix2", "samples"})));
        assertEquals(List.of("search", "--index", "index", "--json", "said"),
                List.of(SearchServer.searchAfterIndexing(new String[] {"index", "samples"})));
    }

    @Test
    @Timeout(20)
    void endsAfterItsIdleTime() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             SearchServer idle = new SearchServer(socket, TOKEN, null)) {
            idle.serve(200); // returns (else the time-out fails the test)
            assertEquals(0, idle.served());
        }
    }
}
