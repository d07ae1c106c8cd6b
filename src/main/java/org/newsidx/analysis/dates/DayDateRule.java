package org.newsidx.analysis.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day-level dates: "8 December 2022", "December 8, 2022", "Dec. 8", "Friday, Oct. 13", "2022-12-08",
 * "12/31/2022" (slashed only when day and month order is unambiguous). Without a year the year comes
 * from the publication date and the tense.
 */
final class DayDateRule implements DateRule {

    private static final String WEEKDAY_PREFIX = "(?:" + CalendarNames.WEEKDAY_REGEX + ",?\\s+(?:the\\s+)?)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?";

    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + WEEKDAY_PREFIX + "(?<month>" + CalendarNames.MONTH_REGEX + ")\\s+(?:the\\s+)?"
                    + "(?<day>[0-3]?\\d)" + ORDINAL + "(?![\\p{L}\\p{N}]|[.,:]\\d|\\s*%)" + YEAR);

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}$£€.,:])" + WEEKDAY_PREFIX + "(?<day>[0-3]?\\d)" + ORDINAL + "\\s+(?:of\\s+)?"
                    + "(?<month>" + CalendarNames.MONTH_REGEX + ")(?!\\p{L})" + YEAR);

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\p{N}-])(?<year>(?:1[6-9]|20)\\d\\d)-(?<month>[01]\\d)-(?<day>[0-3]\\d)(?![\\p{N}])");

    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{N}/.])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>(?:1[6-9]|20)\\d\\d)(?![\\p{N}/])");

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        collectNamed(MONTH_DAY, text, context, out);
        collectNamed(DAY_MONTH, text, context, out);
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            String v = exact(m.group("year"), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
            if (v != null) {
                out.add(new DateCandidate(m.start(), m.end(), v));
            }
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            String v = null;
            if (a == b) {
                v = exact(m.group("year"), a, b);
            } else if (a > 12 && b <= 12) {
                v = exact(m.group("year"), b, a);
            } else if (b > 12 && a <= 12) {
                v = exact(m.group("year"), a, b);
            }
            if (v != null) {
                out.add(new DateCandidate(m.start(), m.end(), v));
            }
        }
    }

    private static void collectNamed(Pattern p, String text, ResolutionContext context, List<DateCandidate> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Month month = CalendarNames.month(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            if (month == null || day < 1 || day > month.maxLength()) {
                continue;
            }
            String year = m.group("year");
            String value;
            if (year != null) {
                value = exact(year, month.getValue(), day);
                if (value == null) {
                    continue;
                }
            } else {
                value = context.monthDay(month, day, context.tenseAround(m.start(), m.end()));
            }
            out.add(new DateCandidate(m.start(), m.end(), value));
        }
    }

    private static String exact(String year, int month, int day) {
        try {
            return CalendarValue.day(LocalDate.of(Integer.parseInt(year), month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
