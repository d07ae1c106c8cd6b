package org.newsidx.cli;

/** An error the user can fix (bad query, bad option, missing index): one line, no stack trace. */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(String message) {
        this(message, ErrorReporter.USAGE, null);
    }

    public UserError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
