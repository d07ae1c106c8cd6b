package org.newsidx.cli;

import java.io.PrintWriter;

/** A one-line progress display on stderr, redrawn at most ten times a second. */
final class ProgressBar {

    private static final int WIDTH = 28;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    synchronized void update(long done, long total, String current) {
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        String rate = String.format("%.0f files/s", done / seconds);
        String line;
        if (total > 0) {
            int filled = (int) (WIDTH * Math.min(1.0, done / (double) total));
            long eta = done == 0 ? 0 : (long) ((total - done) * seconds / done);
            line = String.format("[%s%s] %d/%d  %s  eta %ds  %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done, total, rate, eta, shorten(current));
        } else {
            line = String.format("%d files  %s  %s", done, rate, shorten(current));
        }
        err.print("\r\u001B[2K" + line);
        err.flush();
        drawn = true;
    }

    /** Clears the bar so that a message can be printed on a clean line. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001B[2K");
            err.flush();
        }
    }

    private static String shorten(String path) {
        return path.length() <= 40 ? path : "…" + path.substring(path.length() - 39);
    }
}
