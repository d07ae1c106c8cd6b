package org.newsidx.analysis.dates;

/**
 * A matched date expression before overlap resolution.
 *
 * @param value ISO value, null when it cannot be resolved (or is still to be resolved)
 * @param shift for "the previous day", "that year": the value comes from the last date before it in the
 *              text, moved by this shift (the finder resolves it); null for every other expression
 */
record DateCandidate(int start, int end, String value, StoryShift shift) {

    DateCandidate(int start, int end, String value) {
        this(start, end, value, null);
    }

    int length() {
        return end - start;
    }
}
