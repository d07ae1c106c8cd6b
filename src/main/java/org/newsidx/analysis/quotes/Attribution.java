package org.newsidx.analysis.quotes;

/**
 * Who a quotation is attributed to in the text around it.
 *
 * @param mention the speaker as written ("Mr Macron", "he", "a spokeswoman")
 * @param cue     the reporting verb or phrase ("said", "according to", ":" for a bare colon)
 */
public record Attribution(Mention mention, String cue, int cueStart, int cueEnd) {
}
