package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same output whatever the user's locale: UTF-8, and numbers as the English messages write them. */
class LocaleIndependentOutputTest {

    @TempDir
    Path tmp;

    /** Runs the CLI's main in a child JVM, as a user does; its stdout. */
    private static byte[] runMain(List<String> jvmOptions, Map<String, String> env, String... args)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsidx.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("LANG");
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void numbersAreWrittenAlikeUnderAGermanLocale() throws Exception {
        String index = tmp.resolve("index").toString();
        assertEquals(0, Main.run("index", "-q", "--index", index, "samples"));
        String out = new String(runMain(List.of("-Duser.language=de", "-Duser.country=DE"), Map.of(),
                "search", "--index", index, "migrants"), StandardCharsets.UTF_8);
        assertTrue(out.matches("(?s).*score \\d+\\.\\d\\d\\n.*"), out);
    }

    @Test
    void jsonUnderTheCLocaleKeepsItsNonAsciiCharacters() throws Exception {
        String index = tmp.resolve("index").toString();
        assertEquals(0, Main.run("index", "-q", "--index", index, "samples"));
        // the samples' "government" passages have curly quotes and dashes (Wikinews)
        String inProcess = CliRunner.run("search", "--index", index, "--json", "government").out();
        assertTrue(inProcess.chars().anyMatch(c -> c > 127), "the query must find non-ASCII text");

        byte[] out = runMain(List.of(), Map.of("LC_ALL", "C"), "search", "--index", index, "--json", "government");
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(out)).toString();
        assertEquals(inProcess, decoded);
    }
}
