package org.newsidx.search;

/**
 * One ranked passage.
 *
 * @param highlight the passage text with query matches between {@code <b>} and {@code </b>}
 */
public record PassageHit(String passageId, String articleId, String path, String title, String published,
                         String source, float score, String text, String highlight, int start, int end) {
}
