package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second thread a snapshot lends its searches. */
class IndexSnapshotTest {

    @TempDir
    Path tmp;

    @Test
    void aTasksExceptionIsRethrownAsItWas() throws Exception {
        try (IndexSnapshot index = SamplesIndex.open(tmp)) {
            java.io.IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> index.inBackground(() -> {
                        throw new java.io.IOException("disk gone");
                    }).result());
            assertEquals("disk gone", thrown.getMessage());
            BackgroundTask<Object> failing = index.inBackground(() -> {
                throw new IllegalStateException("ignored");
            });
            failing.awaitQuietly(); // returns, reports nothing
        }
    }

    @Test
    void backgroundTasksRunOnOneWorkerThreadThatStopsWithTheSnapshot() throws Exception {
        Thread worker;
        try (IndexSnapshot index = SamplesIndex.open(tmp)) {
            worker = index.inBackground(Thread::currentThread).result();
            assertNotSame(Thread.currentThread(), worker);
            assertEquals("newsidx-search-worker", worker.getName());
            assertEquals(worker, index.inBackground(Thread::currentThread).result());
            // the worker reads the same index
            assertEquals(index.reader().numDocs(), (int) index.inBackground(() -> index.reader().numDocs()).result());
        }
        worker.join(10_000);
        assertFalse(worker.isAlive());
    }
}
