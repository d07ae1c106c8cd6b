package org.newsidx.analysis;

/**
 * A retrievable unit: a paragraph, a window of sentences of a long paragraph, or a heading or
 * caption line.
 *
 * @param id    {@code <articleId>#<n>}
 * @param n     1-based position in the article
 * @param start first character in the article text
 * @param end   one past the last character
 */
public record Passage(String id, int n, int start, int end) {
}
