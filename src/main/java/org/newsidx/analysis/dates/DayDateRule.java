package org.newsidx.analysis.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private static final Set<String> NAMES = union(CalendarNames.MONTH_WORDS, CalendarNames.WEEKDAY_WORDS);
    private static final WordSet NAME_TRIGGERS = WordSet.of(NAMES);
    private static final WordSet WEEKDAY_TRIGGERS = WordSet.of(CalendarNames.WEEKDAY_WORDS);

    /**
     * {@link #MONTH_DAY}: a capitalised name; after a month name (and its dot), spaces and a digit or "the".
     */
    private static final WordIndex.Precheck MONTH_DAY_AHEAD = (text, s, e, word) -> {
        if (!Lookahead.upperAt(text, s)) {
            return false;
        }
        if (!CalendarNames.MONTH_WORDS.contains(word)) {
            return true;
        }
        int after = Lookahead.charAt(text, e, '.') ? e + 1 : e;
        return Lookahead.spaceThenCharIn(text, after, "0123456789tT");
    };

    /**
     * {@link #DAY_MONTH}: a capitalised weekday, or a day number ("8", "08", "8th") followed by spaces and a
     * month name or "of".
     */
    private static final WordIndex.Precheck DAY_MONTH_AHEAD = (text, s, e, word) -> {
        if (word != null) {
            return Lookahead.upperAt(text, s);
        }
        int length = e - s;
        int digits = length == 1 || length == 3 ? 1 : length == 2 || length == 4 ? 2 : 0;
        if (digits == 0 || !Lookahead.asciiDigits(text, s, s + digits, digits, digits)
                || digits == 2 && text.charAt(s) > '3') {
            return false;
        }
        if (length > digits && !isOrdinal(text, s + digits)) {
            return false;
        }
        return Lookahead.spaceThenCharIn(text, e, "JFMASONDo");
    };

    /** {@link #ISO}: a four-digit year from 1600 to 2099 and a dash. */
    private static final WordIndex.Precheck ISO_AHEAD = (text, s, e, word) ->
            Lookahead.asciiDigits(text, s, e, 4, 4) && isYearPrefix(text, s) && Lookahead.charAt(text, e, '-');

    /** {@link #SLASHED}: one or two digits (a two-digit one from 00 to 39) and a slash. */
    private static final WordIndex.Precheck SLASHED_AHEAD = (text, s, e, word) ->
            Lookahead.asciiDigits(text, s, e, 1, 2) && (e - s == 1 || text.charAt(s) <= '3')
                    && Lookahead.charAt(text, e, '/');

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(MONTH_DAY, NAME_TRIGGERS, false, MONTH_DAY_AHEAD, m -> named(m, context, out));
        context.words().forEachMatch(DAY_MONTH, WEEKDAY_TRIGGERS, true, DAY_MONTH_AHEAD, m -> named(m, context, out));
        context.words().forEachMatch(ISO, WordSet.EMPTY, true, ISO_AHEAD, m -> {
            String v = exact(m.group("year"), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
            if (v != null) {
                out.add(new DateCandidate(m.start(), m.end(), v));
            }
        });
        context.words().forEachMatch(SLASHED, WordSet.EMPTY, true, SLASHED_AHEAD, m -> slashed(m, out));
    }

    @Override
    public Set<String> triggerWords() {
        return NAMES;
    }

    /** "st", "nd", "rd" or "th" at {@code pos} (lower case, as the patterns want it). */
    private static boolean isOrdinal(String text, int pos) {
        char a = text.charAt(pos);
        char b = text.charAt(pos + 1);
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** The four ASCII digits at {@code s} start with 16 to 19 or 20. */
    private static boolean isYearPrefix(String text, int s) {
        char a = text.charAt(s);
        char b = text.charAt(s + 1);
        return a == '1' && b >= '6' || a == '2' && b == '0';
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static void slashed(Matcher m, List<DateCandidate> out) {
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

    private static void named(Matcher m, ResolutionContext context, List<DateCandidate> out) {
        Month month = CalendarNames.month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (month == null || day < 1 || day > month.maxLength()) {
            return;
        }
        String year = m.group("year");
        String value;
        if (year != null) {
            value = exact(year, month.getValue(), day);
            if (value == null) {
                return;
            }
        } else {
            value = context.monthDay(month, day, context.tenseAround(m.start(), m.end()));
        }
        out.add(new DateCandidate(m.start(), m.end(), value));
    }

    private static String exact(String year, int month, int day) {
        try {
            return CalendarValue.day(LocalDate.of(Integer.parseInt(year), month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
