package org.newsidx.analysis.quotes;

/**
 * Who a quotation is attributed to in the text around it.
 *
 * @param mention the speaker as written ("Mr Macron", "he", "a spokeswoman")
 * @param cue     the reporting verb or phrase ("said", "according to", ":" for a bare colon)
 * @param referent for a mention that is a relative "who", the noun phrase it refers to; else null
 */
public record Attribution(Mention mention, String cue, int cueStart, int cueEnd, Mention referent) {

    public Attribution(Mention mention, String cue, int cueStart, int cueEnd) {
        this(mention, cue, cueStart, cueEnd, null);
    }

    /** The mention that names the speaker: the antecedent of a relative "who", else the mention itself. */
    public Mention named() {
        return referent != null ? referent : mention;
    }
}
