package org.newsidx.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.index.IndexSchema;

/**
 * Kills index runs (SIGKILL and SIGINT) at several points of a run over a few hundred articles, checks
 * that the index opens after each kill, and that the run that follows completes it: every article
 * exactly once, the same passages as a clean build.
 */
class InterruptedIndexRunTest {

    private static final int ARTICLES = 300;

    @Test
    void killedRunsLoseNothingOnceTheNextRunCompletes(@TempDir Path tmp) throws Exception {
        Path corpus = makeCorpus(tmp.resolve("corpus"));
        Path clean = tmp.resolve("clean");
        Path index = tmp.resolve("index");
        Path log = tmp.resolve("log.txt");
        assertEquals(0, ChildProcess.start(log, "index", "-q", "--index", clean.toString(), corpus.toString()).waitFor());
        Map<String, Integer> expected = articleCounts(clean);
        assertEquals(ARTICLES, expected.size());

        int kills = 0;
        int midRun = 0;
        // kill at once, then after 1..5 further commits of each run; alternate SIGKILL and SIGINT
        for (int commits = 0; commits <= 5; commits++) {
            long startGeneration = currentGeneration(index);
            Process p = ChildProcess.start(log, "index", "-q", "--commit-every", "10", "--index", index.toString(),
                    corpus.toString());
            waitForGeneration(index, startGeneration + commits, p);
            boolean wasRunning = p.isAlive();
            boolean sigint = kills % 2 == 1;
            if (sigint) {
                ChildProcess.interrupt(p);
            } else {
                p.destroyForcibly();
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run stops promptly after " + (sigint ? "SIGINT" : "SIGKILL"));
            kills++;
            if (DirectoryReader.indexExists(FSDirectory.open(index))) {
                Map<String, Integer> partial = articleCounts(index);
                partial.values().forEach(n -> assertEquals(1, n, "no article twice, even mid-way"));
                if (wasRunning && !partial.isEmpty() && partial.size() < ARTICLES) {
                    midRun++;
                }
            }
        }
        assertTrue(midRun >= 3, "at least three kills landed in the middle of a run: " + midRun);
        assertEquals(0, ChildProcess.start(log, "index", "-q", "--index", index.toString(), corpus.toString()).waitFor(),
                Files.readString(log));
        assertEquals(expected, articleCounts(index), "every article exactly once");
        assertEquals(passages(clean), passages(index));
        assertEquals(6, kills);
    }

    private static void waitForGeneration(Path index, long generation, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (currentGeneration(index) >= generation) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static long currentGeneration(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
                    .max().orElse(-1);
        } catch (java.io.UncheckedIOException | NumberFormatException e) {
            return -1;
        }
    }

    static Map<String, Integer> articleCounts(Path index) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext ctx : reader.leaves()) {
                PostingsEnum docs = ctx.reader().postings(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE));
                if (docs == null) {
                    continue;
                }
                Bits live = ctx.reader().getLiveDocs();
                var stored = ctx.reader().storedFields();
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if (live == null || live.get(d)) {
                        counts.merge(stored.document(d).get(IndexSchema.ARTICLE_ID), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static long passages(Path index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return new org.apache.lucene.search.IndexSearcher(reader).count(new org.apache.lucene.search.TermQuery(
                    new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)));
        }
    }

    /** A few hundred news-please files made from the sample articles. */
    static Path makeCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("samples/wikinews"))) {
            sources = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < ARTICLES; i++) {
            ObjectNode o = (ObjectNode) json.readTree(sources.get(i % sources.size()).toFile());
            o.put("title", o.get("title").asText() + " (copy " + i + ")");
            o.put("maintext", "Copy number " + i + " of this report.\n" + o.get("maintext").asText());
            Path sub = Files.createDirectories(dir.resolve(String.format("part-%02d", i / 50)));
            json.writeValue(sub.resolve(String.format("article-%04d.json", i)).toFile(), o);
        }
        return dir;
    }
}
