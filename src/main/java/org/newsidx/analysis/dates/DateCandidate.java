package org.newsidx.analysis.dates;

/** A matched date expression before overlap resolution; value null when it cannot be resolved. */
record DateCandidate(int start, int end, String value) {

    int length() {
        return end - start;
    }

    boolean overlaps(DateCandidate o) {
        return start < o.end && o.start < end;
    }
}
