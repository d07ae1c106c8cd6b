package org.newsidx.analysis.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** Formats ISO 8601 values at a given granularity: {@code 2022-12-08}, {@code 2023-03}, {@code 2023}, {@code 2023-W32}. */
final class CalendarValue {

    private CalendarValue() {
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(YearMonth m) {
        return m.toString();
    }

    static String year(int year) {
        return year >= 0 && year <= 9999 ? String.format("%04d", year) : null;
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
