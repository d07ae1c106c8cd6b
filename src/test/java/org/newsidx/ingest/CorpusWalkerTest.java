package org.newsidx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {

    @Test
    void walksInSortedOrderSkipsCorpusDocsAndSurvivesLinkLoops(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("news"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("b/2.txt"), "x");
        Files.writeString(root.resolve("a.txt"), "x");
        Files.writeString(root.resolve("README.md"), "about this corpus");
        Files.createSymbolicLink(root.resolve("b/loop"), root);
        List<String> keys = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new CorpusWalker(f -> keys.add(f.key()), (p, r) -> problems.add(r)).walk(root);
        assertEquals(List.of("news/a.txt", "news/b/2.txt"), keys);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("loop"), problems.get(0));
    }

    @Test
    void aSingleFileHasTheSameKeyAsWhenItsFolderIsWalked(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("news"));
        Path file = Files.writeString(root.resolve("a.txt"), "x");
        List<String> keys = new ArrayList<>();
        new CorpusWalker(f -> keys.add(f.key()), (p, r) -> { }).walk(file);
        new CorpusWalker(f -> keys.add(f.key()), (p, r) -> { }).walk(root);
        assertEquals(List.of("news/a.txt", "news/a.txt"), keys);
    }
}
