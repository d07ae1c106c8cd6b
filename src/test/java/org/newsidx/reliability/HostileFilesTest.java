package org.newsidx.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.cli.CliTestAccess;
import org.newsidx.ingest.ArticleReader;
import org.newsidx.ingest.CorpusFile;
import org.newsidx.ingest.UnreadableFileException;

/**
 * A folder of hostile inputs: each file ends up indexed or named in exactly one stderr line with a
 * reason; the run exits 0 and its counters add up; nothing is fetched from outside the input.
 */
class HostileFilesTest {

    @Test
    void everyHostileFileIsIndexedOrReportedOnce(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("hostile"));
        List<String> mustIndex = new ArrayList<>();
        List<String> mustSkip = new ArrayList<>();

        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[100] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        mustSkip.add("binary.txt");
        Files.write(dir.resolve("latin1.txt"), "Title: Caf\u00e9 owners\n\nCaf\u00e9 owners say \u201cno\u201d to the new tax."
                .getBytes("windows-1252"));
        mustIndex.add("latin1.txt");
        Files.write(dir.resolve("invalid-utf8.txt"), new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'e', 'n', 'd'});
        mustIndex.add("invalid-utf8.txt");
        Files.writeString(dir.resolve("empty.txt"), "");
        mustSkip.add("empty.txt");
        Files.writeString(dir.resolve("blank.md"), "---\ntitle: Nothing here\n---\n\n   \n");
        mustSkip.add("blank.md");
        writeRepeated(dir.resolve("fifty-megabytes.txt"), "The council met again on Tuesday to discuss the budget.\n\n",
                50L * 1024 * 1024);
        mustIndex.add("fifty-megabytes.txt");
        writeRepeated(dir.resolve("ten-megabyte-line.txt"), "word after word without any end ", 10L * 1024 * 1024);
        mustIndex.add("ten-megabyte-line.txt");
        Files.writeString(dir.resolve("nested.json"), "[".repeat(100_000));
        mustSkip.add("nested.json");
        Files.writeString(dir.resolve("truncated.json"), "{\"title\": \"Cut\", \"maintext\": \"The text stops her");
        mustSkip.add("truncated.json");
        Files.writeString(dir.resolve("partly-broken.jsonl"), "{\"title\":\"Good one\",\"maintext\":\"First good line.\"}\n"
                + "{\"title\": \"Broken\", \"maintext\n"
                + "{\"title\":\"Good two\",\"maintext\":\"Second good line.\"}\n");
        mustIndex.add("partly-broken.jsonl");
        Files.writeString(dir.resolve("malformed.html"), "<html><body><h1>Unclosed<p>First <b>bold <div><p>Second para");
        mustIndex.add("malformed.html");
        StringBuilder huge = new StringBuilder("<html><body><article><h1>Huge page</h1>");
        for (int i = 0; i < 30_000; i++) {
            huge.append("<div class=\"x\"><p>Paragraph ").append(i).append(" of a very long page.</p></div>");
        }
        Files.writeString(dir.resolve("huge.html"), huge.append("</article></body></html>"));
        mustIndex.add("huge.html");
        Files.writeString(dir.resolve("entities.html"), "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>\n<html><head><title>Entity test</title>"
                + "<script>document.write('scripted text')</script>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"></head>"
                + "<body><p>Plain paragraph &xxe; with an image <img src=\"http://127.0.0.1:9/x.png\"></p></body></html>");
        mustIndex.add("entities.html");
        Files.writeString(dir.resolve("arabic.txt"), "Title: خبر\n\nقال رئيس الوزراء إن الحكومة ستواصل المحادثات.");
        mustIndex.add("arabic.txt");
        Files.writeString(dir.resolve("chinese.md"), "---\ntitle: 新闻\n---\n\n总理说，政府将继续谈判。");
        mustIndex.add("chinese.md");
        Files.writeString(dir.resolve("data.xml"), "<rss></rss>");
        mustSkip.add("data.xml");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Title: Locked\n\nYou may not read this.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean root = Files.isReadable(locked);
        (root ? mustIndex : mustSkip).add("locked.txt");

        String index = tmp.resolve("index").toString();
        CliTestAccess.Result r = CliTestAccess.run("index", "--index", index, "--json", "--max-text", "1000000",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> errLines = r.err().lines().toList();
        for (String name : mustSkip) {
            long lines = errLines.stream().filter(l -> l.startsWith(dir.resolve(name) + ": ")).count();
            assertEquals(1, lines, name + " has one line on stderr:\n" + r.err());
        }
        assertEquals(1, errLines.stream().filter(l -> l.contains("loop")).count(), r.err());
        assertEquals(1, errLines.stream().filter(l -> l.startsWith(dir.resolve("partly-broken.jsonl") + ": line 2")).count());
        assertEquals(1, errLines.stream().filter(l -> l.startsWith(dir.resolve("fifty-megabytes.txt") + ": ")
                && l.contains("cut to 1000000")).count(), r.err());
        JsonNode c = r.json();
        assertEquals(mustIndex.size() + mustSkip.size(), c.get("filesSeen").asInt());
        assertEquals(mustSkip.size(), c.get("filesSkipped").asInt(), r.err());
        assertEquals(mustIndex.size() + 1, c.get("articlesAdded").asInt(), "the jsonl file gives two articles");

        JsonNode stats = CliTestAccess.run("stats", "--index", index, "--json").json();
        assertEquals(mustIndex.size() + 1, stats.get("articles").asInt());
        assertEquals(0, CliTestAccess.run("search", "--index", index, "cafe").code(), "windows-1252 text is searchable");
        JsonNode plain = CliTestAccess.run("search", "--index", index, "--json", "plain paragraph").json();
        String text = plain.get("hits").get(0).get("text").asText();
        assertFalse(text.contains("root:"), "no external entity was read");
        assertFalse(text.contains("scripted text"), "scripts are not article text");
        assertEquals(1, CliTestAccess.run("search", "--index", index, "passwd").code());
    }

    @Test
    void aFileDeletedBeforeItIsReadIsReported(@TempDir Path tmp) {
        Path gone = tmp.resolve("gone.txt");
        UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
                () -> new ArticleReader().read(new CorpusFile(gone, "t/gone.txt", gone.toString(), tmp.toString()), null));
        assertTrue(e.getMessage().contains("disappeared") || e.getMessage().contains("no such"), e.getMessage());
    }

    private static void writeRepeated(Path file, String unit, long bytes) throws IOException {
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long written = 0; written < bytes; written += u.length) {
                out.write(u);
            }
        }
    }
}
