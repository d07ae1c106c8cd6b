package org.newsidx.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsidx.analysis.dates.CalendarNames;

/**
 * Publication dates from metadata values ("2023-08-14T10:00:00Z", "1987-02-26 15:01:01",
 * "Mon, 14 Aug 2023 10:00:00 GMT", "August 14, 2023", "14 August 2023") and from file paths
 * ("2023/06/12/slug.txt", "2023-06-12-slug.txt").
 */
public final class PublicationDateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern PATH_DATE =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-](\\d{2})[/_-](\\d{2})(?!\\d)");

    private PublicationDateParser() {
    }

    /** A date from a metadata value, or empty when the value holds none. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return ymd(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED_YMD.matcher(v);
        if (m.find()) {
            return ymd(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.find()) {
            Month month = month(m.group(2));
            if (month != null) {
                return of(Integer.parseInt(m.group(3)), month.getValue(), Integer.parseInt(m.group(1)));
            }
        }
        m = MONTH_DAY_YEAR.matcher(v);
        while (m.find()) {
            Month month = month(m.group(1));
            if (month != null) {
                return of(Integer.parseInt(m.group(3)), month.getValue(), Integer.parseInt(m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** A date written in a file path ("2023/06/12/", "2023-06-12-slug.txt"), or empty. */
    public static Optional<LocalDate> fromPath(String path) {
        Matcher m = PATH_DATE.matcher(path.replace('\\', '/'));
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            Optional<LocalDate> d = ymd(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                last = d;
            }
        }
        return last;
    }

    /** Month by English name or abbreviation ("March", "Mar", "Sept"), or null. */
    public static Month month(String name) {
        return CalendarNames.month(name);
    }

    private static Optional<LocalDate> ymd(String y, String m, String d) {
        return of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static Optional<LocalDate> of(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
