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

    /** {@code String.format("%04d", year)} for 0 to 9999, else null. */
    static String year(int year) {
        if (year < 0 || year > 9999) {
            return null;
        }
        return year >= 1000 && year < 2100 ? YEARS[year - 1000] : digits(new StringBuilder(4), year, 4).toString();
    }

    /** {@code String.format("%04d-W%02d", week-based year, week)}. */
    static String week(LocalDate d) {
        int year = d.get(IsoFields.WEEK_BASED_YEAR);
        int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (year < 0 || year > 9999) {
            return String.format("%04d-W%02d", year, week);
        }
        StringBuilder b = new StringBuilder(8);
        digits(b, year, 4).append("-W");
        return digits(b, week, 2).toString();
    }

    /** The years 1000 to 2099, formatted once. */
    private static final String[] YEARS = new String[1100];

    static {
        for (int y = 1000; y < 2100; y++) {
            YEARS[y - 1000] = Integer.toString(y);
        }
    }

    /** Appends non-negative {@code value} zero-padded to {@code width} digits (more if it needs them). */
    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }
}
