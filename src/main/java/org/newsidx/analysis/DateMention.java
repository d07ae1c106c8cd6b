package org.newsidx.analysis;

/**
 * A date expression in the text.
 *
 * @param value ISO 8601 at the text's granularity ({@code 2022-12-08}, {@code 2023-03}, {@code 2023}),
 *              or null when it cannot be resolved (a relative date without a publication date)
 */
public record DateMention(int start, int end, String text, String value) {
}
