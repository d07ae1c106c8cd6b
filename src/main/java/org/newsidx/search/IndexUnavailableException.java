package org.newsidx.search;

/** The index cannot be opened: missing, or damaged. The message says what to do. */
public final class IndexUnavailableException extends Exception {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
