package org.newsidx.ingest;

/** A file that cannot be read or parsed as an article; the message is the reason shown to the user. */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
