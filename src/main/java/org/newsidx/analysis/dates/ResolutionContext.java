package org.newsidx.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * What an expression is resolved against: the publication date (null when the article is undated) and
 * the text, for tense cues. Resolves under-specified dates (no year, weekday only) to the occurrence the
 * tense points to. Immutable.
 *
 * @param anchor the publication date, or null
 */
record ResolutionContext(String text, LocalDate anchor) {

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

    /** A month and day without a year: the year that puts it on the tense's side of the anchor (nearest if unknown). */
    String monthDay(Month month, int day, Tense tense) {
        if (anchor == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        MonthDay md = MonthDay.of(month, day);
        LocalDate same = dateIn(md, anchor.getYear());
        LocalDate before = dateIn(md, anchor.getYear() - 1);
        LocalDate after = dateIn(md, anchor.getYear() + 1);
        LocalDate pick;
        if (tense == Tense.PAST) {
            pick = same.isAfter(anchor.plusDays(7)) ? before : same;
        } else if (tense == Tense.FUTURE) {
            pick = same.isBefore(anchor.minusDays(7)) ? after : same;
        } else {
            pick = nearest(nearest(before, same), after);
        }
        return CalendarValue.day(pick);
    }

    /** A month without a year ("in March"): same logic as {@link #monthDay}, at month granularity. */
    String month(Month month, Tense tense) {
        if (anchor == null) {
            return null;
        }
        YearMonth now = YearMonth.from(anchor);
        YearMonth same = YearMonth.of(anchor.getYear(), month);
        YearMonth pick;
        if (tense == Tense.PAST) {
            pick = same.isAfter(now) ? same.minusYears(1) : same;
        } else if (tense == Tense.FUTURE) {
            pick = same.isBefore(now) ? same.plusYears(1) : same;
        } else {
            int diff = same.getMonthValue() - now.getMonthValue();
            pick = diff > 6 ? same.minusYears(1) : diff < -6 ? same.plusYears(1) : same;
        }
        return CalendarValue.month(pick);
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

    private LocalDate nearest(LocalDate a, LocalDate b) {
        long da = Math.abs(a.toEpochDay() - anchor.toEpochDay());
        long db = Math.abs(b.toEpochDay() - anchor.toEpochDay());
        return db < da ? b : a;
    }

    private static LocalDate dateIn(MonthDay md, int year) {
        return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, md.getMonth(), 28);
    }
}
