package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is UTF-8 whatever the locale: under LC_ALL=C Java would print '?' for every non-ASCII letter. */
class Utf8OutputTest {

    @TempDir
    Path tmp;

    @Test
    void jsonUnderTheCLocaleKeepsItsNonAsciiCharacters() throws Exception {
        String index = tmp.resolve("index").toString();
        assertEquals(0, Main.run("index", "-q", "--index", index, "samples"));
        // the samples' "government" passages have curly quotes and dashes (Wikinews)
        String inProcess = CliRunner.run("search", "--index", index, "--json", "government").out();
        assertTrue(inProcess.chars().anyMatch(c -> c > 127), "the query must find non-ASCII text");

        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.newsidx.cli.Main",
                "search", "--index", index, "--json", "government"));
        pb.environment().remove("LANG");
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(out)).toString();
        assertEquals(inProcess, decoded);
    }
}
