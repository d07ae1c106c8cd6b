package org.newsidx.analysis.ner;

/** One token: a half-open character range {@code [start, end)} of the article text and its characters. */
public record Token(int start, int end, String text) {
}
