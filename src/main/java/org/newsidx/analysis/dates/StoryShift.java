package org.newsidx.analysis.dates;

/**
 * An expression dated from the story's last date rather than the publication date: "the previous day"
 * (DAY, -1), "that year" (YEAR, 0), "the following year" (YEAR, 1).
 */
record StoryShift(Unit unit, int amount) {

    enum Unit { DAY, YEAR }
}
