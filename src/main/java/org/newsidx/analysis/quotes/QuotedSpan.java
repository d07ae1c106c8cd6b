package org.newsidx.analysis.quotes;

/**
 * A string between quotation marks, marks included: {@code [start, end)}. {@code innerStart/innerEnd}
 * exclude the outermost opening and closing marks.
 *
 * @param open           the opening mark as written ("“", "\"", "‘", "„", "«", "``" ...)
 * @param paragraphs     how many paragraphs the quotation runs over (1 for most)
 */
public record QuotedSpan(int start, int end, int innerStart, int innerEnd, String open, int paragraphs) {

    /** Whether the opening mark is a single quotation mark (British style). */
    public boolean single() {
        return open.equals("‘") || open.equals("'");
    }
}
