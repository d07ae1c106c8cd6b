package org.newsidx.analysis.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every date rule over a text and keeps the longest non-overlapping matches, in text order.
 * Stateless and thread-safe.
 */
public final class DateExpressionFinder {

    private static final List<DateRule> RULES = List.of(
            new DayDateRule(), new MonthRule(), new WeekdayRule(), new RelativeRule(), new YearRule(),
            new HolidayRule(), new AnaphoricDateRule());

    private static final Vocabulary TRIGGER_WORDS = new Vocabulary(RULES.stream()
            .flatMap(r -> r.triggerWords().stream()).collect(Collectors.toUnmodifiableSet()));

    private static final Comparator<DateCandidate> LONGEST_FIRST =
            Comparator.comparingInt(DateCandidate::length).reversed().thenComparingInt(DateCandidate::start);

    /** A date expression found in the text. */
    public record Found(int start, int end, String value) {
    }

    private static String shifted(StoryShift shift, LocalDate lastDay, Integer lastYear) {
        return switch (shift.unit()) {
            case DAY -> lastDay == null ? null : CalendarValue.day(lastDay.plusDays(shift.amount()));
            case YEAR -> lastYear == null ? null : CalendarValue.year(lastYear + shift.amount());
        };
    }

    /** {@code LocalDate.parse(value)}, by hand for the usual "2023-03-08". */
    private static LocalDate parseDay(String value) {
        if (isAsciiDigits(value, 0, 4) && value.charAt(4) == '-' && isAsciiDigits(value, 5, 7) && value.charAt(7) == '-'
                && isAsciiDigits(value, 8, 10)) {
            return LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
        }
        return LocalDate.parse(value);
    }

    /** {@code Integer.parseInt(value.substring(0, 4))}. */
    private static int leadingYear(String value) {
        return isAsciiDigits(value, 0, 4) ? number(value, 0, 4) : Integer.parseInt(value.substring(0, 4));
    }

    private static boolean isAsciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    /**
     * @param anchor the publication date, or null (relative expressions then have a null value)
     */
    public List<Found> find(String text, LocalDate anchor) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ResolutionContext context = new ResolutionContext(text, anchor, new WordIndex(text, TRIGGER_WORDS));
        List<DateCandidate> candidates = new ArrayList<>();
        for (DateRule rule : RULES) {
            rule.collect(text, context, candidates);
        }
        candidates.sort(LONGEST_FIRST);
        List<DateCandidate> kept = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        for (DateCandidate c : candidates) {
            // the longest candidate wins; a later one is kept only if none of its characters is taken
            int clash = taken.nextSetBit(c.start());
            if (clash < 0 || clash >= c.end()) {
                kept.add(c);
                taken.set(c.start(), c.end());
            }
        }
        kept.sort(Comparator.comparingInt(DateCandidate::start));
        List<Found> out = new ArrayList<>(kept.size());
        LocalDate lastDay = anchor;
        Integer lastYear = anchor == null ? null : anchor.getYear();
        for (DateCandidate c : kept) {
            String value = c.shift() == null ? c.value() : shifted(c.shift(), lastDay, lastYear);
            if (value != null && value.length() == 10) {
                lastDay = parseDay(value);
            }
            if (value != null && value.length() >= 4 && Character.isDigit(value.charAt(3))) {
                lastYear = leadingYear(value);
            }
            out.add(new Found(c.start(), c.end(), value));
        }
        return out;
    }
}
