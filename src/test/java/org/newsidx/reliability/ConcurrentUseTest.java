package org.newsidx.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.analysis.ArticleAnalyzer;
import org.newsidx.cli.CliTestAccess;
import org.newsidx.index.IndexListener;
import org.newsidx.index.IndexUpdater;
import org.newsidx.ingest.ArticleReader;

/** A second index run is refused at once; readers answer from the last commit meanwhile. */
class ConcurrentUseTest {

    @Test
    void secondIndexRunFailsAtOnceWhileSearchesAnswerFromTheLastCommit(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("index");
        Path corpus = InterruptedIndexRunTest.makeCorpus(tmp.resolve("corpus"));
        assertEquals(0, CliTestAccess.run("index", "-q", "--index", index.toString(), "samples/pa-media").code());
        try (IndexUpdater running = IndexUpdater.open(index, false, ArticleAnalyzer.standard(), new ArticleReader(), 1, 10)) {
            long t0 = System.nanoTime();
            CliTestAccess.Result second = CliTestAccess.run("index", "--index", index.toString(), corpus.toString());
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "refused at once");
            assertEquals(2, second.code());
            assertEquals("newsidx: index " + index + " is being updated by another newsidx process (pid "
                    + ProcessHandle.current().pid() + ")", second.err().strip());

            running.update(List.of(corpus), new IndexListener() {
                @Override
                public void problem(String path, String reason) {
                }
            });
            // committed by the running updater, which still holds the lock: readers see it
            assertEquals(0, CliTestAccess.run("search", "--index", index.toString(), "Wardak").code());
            assertEquals(301, CliTestAccess.run("stats", "--index", index.toString(), "--json").json().get("articles").asInt());
        }
        assertEquals(0, CliTestAccess.run("index", "-q", "--index", index.toString(), corpus.toString()).code(),
                "the lock is released when the run ends");
        Path other = tmp.resolve("other-index");
        assertEquals(0, CliTestAccess.run("index", "-q", "--index", other.toString(), "samples/pa-media").code());
        assertEquals(1, CliTestAccess.run("stats", "--index", other.toString(), "--json").json().get("articles").asInt());
    }

    @Test
    void damagedIndexPointsToRebuildWhichRepairsIt(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("index");
        assertEquals(0, CliTestAccess.run("index", "-q", "--index", index.toString(), "samples/pa-media").code());
        try (var files = Files.list(index)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.(cfs|si)$")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        for (String cmd : List.of("search", "stats", "index")) {
            CliTestAccess.Result r = cmd.equals("index")
                    ? CliTestAccess.run("index", "--index", index.toString(), "samples/pa-media")
                    : cmd.equals("stats") ? CliTestAccess.run("stats", "--index", index.toString())
                    : CliTestAccess.run("search", "--index", index.toString(), "migrants");
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("--rebuild"), r.err());
        }
        CliTestAccess.Result verbose = CliTestAccess.run("search", "-v", "--index", index.toString(), "migrants");
        assertTrue(verbose.err().lines().count() > 3 && verbose.err().contains("\tat org.apache.lucene"),
                "-v shows the stack trace");
        assertEquals(0, CliTestAccess.run("index", "-q", "--rebuild", "--index", index.toString(), "samples/pa-media").code());
        assertEquals(0, CliTestAccess.run("search", "--index", index.toString(), "migrants").code());
    }
}
