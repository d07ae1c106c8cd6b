package org.newsidx.search;

/** A query that cannot be parsed; the message says what is wrong and how to write it. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
