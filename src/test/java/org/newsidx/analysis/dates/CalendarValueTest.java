package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

class CalendarValueTest {

    @Test
    void yearsAreZeroPaddedToFourDigits() {
        for (int y = 0; y <= 9999; y++) {
            assertEquals(String.format("%04d", y), CalendarValue.year(y));
        }
        assertNull(CalendarValue.year(-1));
        assertNull(CalendarValue.year(10000));
    }

    @Test
    void weeksAreIsoWeekBasedYearAndWeek() {
        assertEquals("2023-W33", CalendarValue.week(LocalDate.of(2023, 8, 14)));
        assertEquals("2020-W53", CalendarValue.week(LocalDate.of(2021, 1, 1)));
        assertEquals("0999-W02", CalendarValue.week(LocalDate.of(999, 1, 7)));
        for (LocalDate d = LocalDate.of(1986, 12, 1); d.isBefore(LocalDate.of(1990, 2, 1)); d = d.plusDays(1)) {
            assertEquals(String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), CalendarValue.week(d));
        }
    }
}
