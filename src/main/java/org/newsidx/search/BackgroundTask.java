package org.newsidx.search;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Work running on an index snapshot's second thread ({@link IndexSnapshot#inBackground}). Whoever
 * started it waits for it before the snapshot may close, also when its own part failed.
 */
public final class BackgroundTask<T> {

    private final Future<T> future;

    BackgroundTask(Future<T> future) {
        this.future = future;
    }

    /** Waits for the result; the task's exception is rethrown as it was thrown (an IOException, a runtime exception or an error). */
    public T result() throws IOException {
        try {
            return uninterruptibly();
        } catch (ExecutionException e) {
            throw asThrown(e.getCause());
        }
    }

    /**
     * A failure of another thread, to be thrown on this one as it was thrown there: runtime exceptions
     * and errors are thrown from here; the IOException (or another exception, wrapped in one) is returned.
     */
    static IOException asThrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return cause instanceof IOException io ? io : new IOException(cause);
    }

    /** Waits for a task whose result no longer matters (another failure is being reported): the index must not close while it reads. */
    public void awaitQuietly() {
        try {
            uninterruptibly();
        } catch (ExecutionException ignored) {
            // the first failure is the one reported
        }
    }

    private T uninterruptibly() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
