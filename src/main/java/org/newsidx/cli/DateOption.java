package org.newsidx.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses date options: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as the first or last day they cover. */
final class DateOption {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateOption() {
    }

    static LocalDate parseDay(String value, String option) {
        if (!value.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            throw new UserError(option + " " + value + ": expected a date as YYYY-MM-DD");
        }
        return first(value, option);
    }

    /** The first day of the period the value names. */
    static LocalDate first(String value, String option) {
        return bound(value, option, true);
    }

    /** The last day of the period the value names. */
    static LocalDate last(String value, String option) {
        return bound(value, option, false);
    }

    private static LocalDate bound(String value, String option, boolean first) {
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches()) {
            throw new UserError(option + " " + value + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return first ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return ym.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new UserError(option + " " + value + ": no such date (" + e.getMessage() + ")");
        }
    }
}
