package org.newsidx.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days: "Christmas Day", "New Year's Eve", "Thanksgiving", "Easter Sunday", "Good Friday", "Labor Day",
 * "Election Day", "Boxing Day". The year is given ("Christmas 2022") or comes from the publication date and
 * the tense, like "Dec. 25".
 */
final class HolidayRule implements DateRule {

    /** A named day: its pattern (without the year) and its date in a given year. */
    private record Holiday(String regex, IntFunction<LocalDate> inYear) {

        /** The lower-case word the name starts with. */
        String trigger() {
            return regex.replaceAll("^([A-Za-z]+).*$", "$1").toLowerCase(Locale.ROOT);
        }
    }

    private static final String YEAR = "(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?";

    /** In pattern order: a longer name ("Christmas Eve", "Easter Monday") before its prefix. */
    private static final List<Holiday> HOLIDAYS = List.of(
            holiday("Christmas\\s+Eve", y -> LocalDate.of(y, 12, 24)),
            holiday("Christmas(?:\\s+Day)?", y -> LocalDate.of(y, 12, 25)),
            holiday("Boxing\\s+Day", y -> LocalDate.of(y, 12, 26)),
            holiday("New\\s+Year['’]s\\s+Eve", y -> LocalDate.of(y, 12, 31)),
            holiday("New\\s+Year['’]s(?:\\s+Day)?", y -> LocalDate.of(y, 1, 1)),
            holiday("Valentine['’]s\\s+Day", y -> LocalDate.of(y, 2, 14)),
            holiday("St\\.?\\s+Patrick['’]s\\s+Day", y -> LocalDate.of(y, 3, 17)),
            holiday("Fourth\\s+of\\s+July",
                    y -> LocalDate.of(y, 7, 4)),
            holiday("Bastille\\s+Day", y -> LocalDate.of(y, 7, 14)),
            holiday("Halloween", y -> LocalDate.of(y, 10, 31)),
            holiday("Armistice\\s+Day", y -> LocalDate.of(y, 11, 11)),
            holiday("Veterans\\s+Day", y -> LocalDate.of(y, 11, 11)),
            holiday("Remembrance\\s+Day", y -> LocalDate.of(y, 11, 11)),
            holiday("Thanksgiving(?:\\s+Day)?", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
            holiday("Labor\\s+Day", y -> nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
            holiday("Memorial\\s+Day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            holiday("Election\\s+Day", y -> nth(y, Month.NOVEMBER, DayOfWeek.MONDAY, 1).plusDays(1)),
            holiday("Easter\\s+Monday", y -> easter(y).plusDays(1)),
            holiday("Easter(?:\\s+Sunday|\\s+Day)?", HolidayRule::easter),
            holiday("Good\\s+Friday", y -> easter(y).minusDays(2)));

    /** All names in one pattern, one named group per holiday ("h0", "h1", ...). */
    private static final Pattern ANY_HOLIDAY = Pattern.compile(IntStream.range(0, HOLIDAYS.size())
            .mapToObj(i -> "(?<h" + i + ">" + HOLIDAYS.get(i).regex() + ")")
            .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}])" + YEAR)));

    private static final WordSet TRIGGERS =
            WordSet.of(HOLIDAYS.stream().map(Holiday::trigger).collect(Collectors.toUnmodifiableSet()));

    /** Every name starts with a capital ("Christmas", "St. Patrick's Day"). */
    private static final WordIndex.Precheck CAPITALISED = (text, s, e, word) -> Lookahead.upperAt(text, s);

    @Override
    public Set<String> triggerWords() {
        return TRIGGERS.words();
    }

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(ANY_HOLIDAY, TRIGGERS, false, CAPITALISED, m -> onMatch(text, context, m, out));
    }

    private static void onMatch(String text, ResolutionContext context, Matcher m, List<DateCandidate> out) {
        Holiday h = null;
        for (int i = 0; i < HOLIDAYS.size() && h == null; i++) {
            if (m.start("h" + i) >= 0) {
                h = HOLIDAYS.get(i);
            }
        }
        String year = m.group("year");
        String value;
        if (year != null) {
            value = CalendarValue.day(h.inYear().apply(Integer.parseInt(year)));
        } else if (!context.anchored()) {
            value = null;
        } else {
            String before = NeighbourWords.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
            Tense tense = before.equals("last") ? Tense.PAST : before.equals("next") ? Tense.FUTURE
                    : context.tenseAround(m.start(), m.end());
            value = context.nearest(h.inYear(), tense);
        }
        out.add(new DateCandidate(m.start(), m.end(), value));
    }

    private static Holiday holiday(String regex, IntFunction<LocalDate> inYear) {
        return new Holiday(regex, inYear);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
