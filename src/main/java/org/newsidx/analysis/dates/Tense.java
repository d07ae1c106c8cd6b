package org.newsidx.analysis.dates;

/** Which side of the publication date an under-specified expression ("Friday", "in March") points to. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
