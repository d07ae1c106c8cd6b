package org.newsidx.analysis.dates;

import org.junit.jupiter.api.Test;

/** Month-level dates: with a year, relative to the publication date, and with the tense deciding the year. */
class MonthDatesTest {

    private static final String MONDAY = "2023-08-14";

    @Test
    void monthAndYear() {
        ExtractedDates.in("Inflation peaked in March 2023 at 10.1%.", MONDAY).has("March 2023", "2023-03");
        ExtractedDates.in("He had fled to Florida in June 1998.", "2000-01-28").has("June 1998", "1998-06");
        ExtractedDates.in("But in June last year, the leadership fell out.", "1998-02-19").has("June last year", "1997-06");
    }

    @Test
    void bareMonthInThePast() {
        ExtractedDates.in("Mr Macron, during the UK-France Summit in March, said any mechanism would fail.", MONDAY)
                .has("March", "2023-03");
        ExtractedDates.in("The car was found abandoned at the Newark airport in December.", "1999-04-10")
                .has("December", "1998-12");
    }

    @Test
    void bareMonthInTheFuture() {
        ExtractedDates.in("The three countries are expected to join in April, as part of the summit.", "1998-12-05")
                .has("April", "1999-04");
        ExtractedDates.in("Qantas will double its flights between Australia and India by August.", "1998-02-13")
                .has("August", "1998-08");
    }

    @Test
    void lastAndNextMonthName() {
        ExtractedDates.in("The shooting killed a doctor last October.", "1999-05-05").has("last October", "1998-10");
        ExtractedDates.in("The vote is due next March.", MONDAY).has("next March", "2024-03");
        ExtractedDates.in("Sales rose in early December, the retailer said.", "2024-01-10")
                .has("early December", "2023-12");
    }

    @Test
    void relativeMonthNeedsPublicationDate() {
        ExtractedDates.in("The talks collapsed in March.", null).has("March", null);
    }
}
