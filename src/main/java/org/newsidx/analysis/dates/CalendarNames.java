package org.newsidx.analysis.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Set;

/**
 * English month and weekday names: the one place that knows them. Used by the date extractor and by
 * publication-date parsing in ingest.
 */
public final class CalendarNames {

    /** Regex alternation of month names and abbreviations (case as written in running text). */
    public static final String MONTH_REGEX =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    /** Regex alternation of weekday names, with the common abbreviations followed by a dot. */
    public static final String WEEKDAY_REGEX =
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                    + "|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)";

    /** Month names and abbreviations in lower case, as {@link WordIndex} sees them. */
    static final Set<String> MONTH_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
            "dec");

    /** Weekday names and abbreviations in lower case. */
    static final Set<String> WEEKDAY_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun");

    private CalendarNames() {
    }

    /** Month by English name or abbreviation ("March", "Mar", "Mar.", "Sept"), any case; null if none. */
    public static Month month(String name) {
        String n = normalise(name);
        if (n.length() < 3) {
            return null;
        }
        if (n.equals("sept")) {
            return Month.SEPTEMBER;
        }
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return m;
            }
        }
        return null;
    }

    /** Weekday by English name or abbreviation ("Friday", "Fri.", "Thurs"), any case; null if none. */
    public static DayOfWeek weekday(String name) {
        String n = normalise(name);
        if (n.length() < 3) {
            return null;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        return null;
    }

    private static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
