package org.newsidx.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * What an expression is resolved against: the publication date (null when the article is undated) and
 * the text, for tense cues. Resolves under-specified dates (no year, weekday only) to the occurrence the
 * tense points to. Immutable.
 *
 * @param anchor the publication date, or null
 * @param words  the words of the text, where rules look for their trigger words
 */
record ResolutionContext(String text, LocalDate anchor, WordIndex words) {

    static final int DAY_SLACK = 90;
    static final int MONTH_SLACK = 1;

    boolean anchored() {
        return anchor != null;
    }

    Tense tenseAround(int start, int end) {
        return TenseGuesser.around(text, start, end);
    }

    /** The weekday nearest the anchor on the tense's side (the anchor day itself included). */
    String weekday(DayOfWeek day, Tense tense) {
        if (anchor == null) {
            return null;
        }
        LocalDate d = tense == Tense.FUTURE
                ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
        return CalendarValue.day(d);
    }

    /** "last Friday": the one strictly before the anchor; "next Friday": strictly after. */
    String weekdayStrict(DayOfWeek day, boolean future) {
        if (anchor == null) {
            return null;
        }
        LocalDate d = future ? anchor.with(TemporalAdjusters.next(day)) : anchor.with(TemporalAdjusters.previous(day));
        return CalendarValue.day(d);
    }

    /**
     * A month and day without a year: the occurrence nearest the anchor, among those no more than
     * {@value #DAY_SLACK} days on the wrong side of it when the tense is known.
     */
    String monthDay(Month month, int day, Tense tense) {
        if (anchor == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        MonthDay md = MonthDay.of(month, day);
        return nearest(y -> dateIn(md, y), tense);
    }

    /** A yearly day ("Thanksgiving"): the occurrence nearest the anchor, on the tense's side when known. */
    String nearest(IntFunction<LocalDate> inYear, Tense tense) {
        if (anchor == null) {
            return null;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = inYear.apply(y);
            long diff = d.toEpochDay() - anchor.toEpochDay();
            if (tense == Tense.PAST && diff > DAY_SLACK || tense == Tense.FUTURE && diff < -DAY_SLACK) {
                continue;
            }
            if (Math.abs(diff) < bestDistance) {
                best = d;
                bestDistance = Math.abs(diff);
            }
        }
        return CalendarValue.day(best);
    }

    /** A month without a year ("in March"): nearest the anchor's month, on the tense's side when known. */
    String month(Month month, Tense tense) {
        if (anchor == null) {
            return null;
        }
        YearMonth now = YearMonth.from(anchor);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            YearMonth m = YearMonth.of(y, month);
            long diff = (m.getYear() * 12L + m.getMonthValue()) - (now.getYear() * 12L + now.getMonthValue());
            if (tense == Tense.PAST && diff > MONTH_SLACK || tense == Tense.FUTURE && diff < -MONTH_SLACK) {
                continue;
            }
            // a tie (six months either way) goes to the past: news looks back more than forward
            if (Math.abs(diff) < bestDistance) {
                best = m;
                bestDistance = Math.abs(diff);
            }
        }
        return CalendarValue.month(best);
    }

    /** "last March" (strictly before the anchor's month) or "next March" (strictly after). */
    String monthStrict(Month month, boolean future) {
        if (anchor == null) {
            return null;
        }
        YearMonth now = YearMonth.from(anchor);
        YearMonth same = YearMonth.of(anchor.getYear(), month);
        if (future) {
            return CalendarValue.month(same.isAfter(now) ? same : same.plusYears(1));
        }
        return CalendarValue.month(same.isBefore(now) ? same : same.minusYears(1));
    }

    private static LocalDate dateIn(MonthDay md, int year) {
        return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, md.getMonth(), 28);
    }
}
