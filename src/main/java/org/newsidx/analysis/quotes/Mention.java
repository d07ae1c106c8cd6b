package org.newsidx.analysis.quotes;

/** A speaker mention as written, {@code [start, end)}: "Mr Macron", "he", "a UK Government spokeswoman". */
public record Mention(int start, int end) {
}
