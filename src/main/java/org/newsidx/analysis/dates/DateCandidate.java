package org.newsidx.analysis.dates;

/**
 * A matched date expression before overlap resolution.
 *
 * @param value            ISO value, null when it cannot be resolved (or is still to be resolved)
 * @param daysFromPrevious for "the previous day" (-1), "the next day" (1), "that day" (0): the value is
 *                         the last day-level date before it in the text, moved by this many days; else null
 */
record DateCandidate(int start, int end, String value, Integer daysFromPrevious) {

    DateCandidate(int start, int end, String value) {
        this(start, end, value, null);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(DateCandidate o) {
        return start < o.end && o.start < end;
    }
}
