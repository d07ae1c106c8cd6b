package org.newsidx.analysis;

/** A sentence as a half-open character range {@code [start, end)} of the article text. */
public record Sentence(int start, int end) {
}
