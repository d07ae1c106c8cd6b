package org.newsidx.analysis.dates;

import org.junit.jupiter.api.Test;

/** Words that look like dates but are not: "may" the verb, May the name, the march, scores, sums. */
class NonDatesTest {

    private static final String MONDAY = "2023-08-14";

    @Test
    void mayAsVerbOrName() {
        ExtractedDates.in("Ministers may decide to delay the vote, and May told MPs she would not resign.", MONDAY)
                .hasNoDates();
        ExtractedDates.in("May said the deal was the best on offer.", MONDAY).hasNoDates();
        ExtractedDates.in("Theresa May visited Brussels.", MONDAY).hasNoDates();
    }

    @Test
    void marchAsNoun() {
        ExtractedDates.in("Thousands joined the march through central London.", MONDAY).hasNoDates();
        ExtractedDates.in("March organisers said 20,000 took part.", MONDAY).hasNoDates();
    }

    @Test
    void monthNamesAsPersonalNames() {
        ExtractedDates.in("April Ryan asked the first question.", MONDAY).hasNoDates();
    }

    @Test
    void scoresAndSums() {
        ExtractedDates.in("United won 3-1, and the club paid £2,019,000 for the striker.", MONDAY).hasNoDates();
        ExtractedDates.in("The shares rose 12% to 2045 pence.", MONDAY).hasNoDates();
    }

    @Test
    void datesNextToNonDates() {
        ExtractedDates.in("Ministers may decide again, as they did in May.", MONDAY)
                .has("May", "2023-05").hasNoDateAt("may decide");
    }
}
