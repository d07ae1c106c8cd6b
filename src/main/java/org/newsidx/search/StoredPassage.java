package org.newsidx.search;

/** A passage as the index holds it; {@code start}/{@code end} point into its article's text. */
public record StoredPassage(String id, String articleId, int n, int start, int end, String text) {
}
