package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.cli.Main;

/** The second thread a snapshot lends its searches. */
class IndexSnapshotTest {

    @TempDir
    Path tmp;

    @Test
    void backgroundTasksRunOnOneWorkerThreadThatStopsWithTheSnapshot() throws Exception {
        Path dir = tmp.resolve("index");
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), "samples"));
        Thread worker;
        try (IndexSnapshot index = IndexSnapshot.open(dir)) {
            Future<Thread> first = index.inBackground(Thread::currentThread);
            worker = first.get();
            assertNotSame(Thread.currentThread(), worker);
            assertEquals("newsidx-search-worker", worker.getName());
            assertEquals(worker, index.inBackground(Thread::currentThread).get());
            // the worker reads the same index
            assertEquals(index.reader().numDocs(), (int) index.inBackground(() -> index.reader().numDocs()).get());
        }
        worker.join(10_000);
        assertFalse(worker.isAlive());
    }
}
