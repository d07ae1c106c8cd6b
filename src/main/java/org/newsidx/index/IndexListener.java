package org.newsidx.index;

/** Hears what an index run does, for progress display and problem reports. */
public interface IndexListener {

    /** One line about a file (or part of one) that was skipped. */
    void problem(String path, String reason);

    /** A file has been handled; {@code done} of {@code total} (total is -1 when unknown). */
    default void progress(long done, long total, String path) {
    }
}
