package org.newsidx.util;

/**
 * Start-up timing for whoever tunes it: with {@code NEWSIDX_TRACE=1} in the environment, each mark
 * prints the milliseconds since the first mark (the start of {@code main}) to stderr. Off, a mark
 * costs one field read.
 */
public final class Trace {

    private static final boolean ON = System.getenv("NEWSIDX_TRACE") != null;
    private static final long START = System.nanoTime();

    private Trace() {
    }

    public static void mark(String what) {
        if (ON) {
            System.err.printf("[trace] %6.1f ms  %s%n", (System.nanoTime() - START) / 1e6, what);
        }
    }
}
