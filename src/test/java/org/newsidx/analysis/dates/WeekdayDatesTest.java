package org.newsidx.analysis.dates;

import org.junit.jupiter.api.Test;

/** Weekdays resolve to the nearest one on the side of the publication date that the verb points to. */
class WeekdayDatesTest {

    private static final String MONDAY = "2023-08-14";

    @Test
    void pastOrUnknownTenseGoesBack() {
        ExtractedDates.in("At least six people died off the coast of Sangatte, northern France, on Saturday.", MONDAY)
                .has("Saturday", "2023-08-12");
        ExtractedDates.in("The minister said on Monday that talks had stalled.", MONDAY).has("Monday", "2023-08-14");
    }

    @Test
    void futureTenseGoesForward() {
        ExtractedDates.in("The Prime Minister will meet union leaders on Thursday.", MONDAY)
                .has("Thursday", "2023-08-17");
        ExtractedDates.in("The group could come to the U.S. as soon as Tuesday.", "2000-04-03")
                .has("Tuesday", "2000-04-04");
    }

    @Test
    void lastAndNext() {
        ExtractedDates.in("The deadline passed last Friday.", MONDAY).has("last Friday", "2023-08-11");
        ExtractedDates.in("A vote is planned for next Tuesday.", MONDAY).has("next Tuesday", "2023-08-15");
    }

    @Test
    void timeOfDayStaysInTheSpan() {
        ExtractedDates.in("The doctor was shot in his kitchen on Friday night.", "1998-10-25")
                .has("Friday night", "1998-10-23");
    }

    @Test
    void possessiveIsPast() {
        ExtractedDates.in("Relatives said they would look for ways to get around Wednesday's ruling.", "2000-01-07")
                .has("Wednesday", "2000-01-05");
    }

    @Test
    void namedDaysAndNewspapersAreNotWeekdays() {
        ExtractedDates.in("According to The Sunday Times and the Mail on Sunday, the deal is off.", MONDAY).hasNoDates();
        ExtractedDates.in("Churches held Good Friday services.", MONDAY).has("Good Friday", "2023-04-07");
    }

    @Test
    void withoutPublicationDateTheValueIsNull() {
        ExtractedDates.in("Six people died on Saturday.", null).has("Saturday", null);
    }
}
