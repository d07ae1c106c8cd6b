package org.newsidx.util;

/**
 * Start-up timing for whoever tunes it: with {@code NEWSIDX_TRACE=1} in the environment, each mark
 * prints the milliseconds since the JVM started (as the JVM counts them) to stderr. Off, a mark
 * costs one field read.
 */
public final class Trace {

    private static final boolean ON = System.getenv("NEWSIDX_TRACE") != null;

    private Trace() {
    }

    public static void mark(String what) {
        if (ON) {
            long sinceStart = System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                    .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
            System.err.println("[trace] " + sinceStart + " ms  " + what);
        }
    }
}
