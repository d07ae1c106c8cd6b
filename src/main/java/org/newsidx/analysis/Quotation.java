package org.newsidx.analysis;

/**
 * A direct quotation.
 *
 * @param start        first character, the opening quotation mark
 * @param end          one past the closing quotation mark
 * @param text         the quoted words with their marks
 * @param speaker      the resolved speaker (a canonical entity name where known), or null
 * @param speakerStart the attribution's mention of the speaker ("he", "a spokeswoman"), or null
 * @param speakerEnd   end of that mention, or null
 * @param cue          the reporting verb ("said"), or null
 * @param partial      a fragment quoted inside reported speech (the Government said it "remains open")
 */
public record Quotation(int start, int end, String text, String speaker, Integer speakerStart,
                        Integer speakerEnd, String cue, boolean partial) {
}
