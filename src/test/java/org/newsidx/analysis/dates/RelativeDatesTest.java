package org.newsidx.analysis.dates;

import org.junit.jupiter.api.Test;

/** Days, weeks, months and years counted from the publication date. */
class RelativeDatesTest {

    private static final String MONDAY = "2023-08-14";

    @Test
    void dayWords() {
        ExtractedDates.in("The embassy staff left Pakistan today on orders from Washington.", MONDAY)
                .has("today", "2023-08-14");
        ExtractedDates.in("A Jaguar spokesman said yesterday the bid was too low.", MONDAY)
                .has("yesterday", "2023-08-13");
        ExtractedDates.in("Results are due tomorrow.", MONDAY).has("tomorrow", "2023-08-15");
        ExtractedDates.in("Police were called to the scene last night.", MONDAY).has("last night", "2023-08-13");
    }

    @Test
    void countsAgo() {
        ExtractedDates.in("Sinn Fein was invited to rejoin two days ago.", MONDAY).has("two days ago", "2023-08-12");
        ExtractedDates.in("Output fell 8.4% from a year ago.", MONDAY).has("a year ago", "2022");
        ExtractedDates.in("The plant closed five months ago.", MONDAY).has("five months ago", "2023-03");
    }

    @Test
    void lastThisNext() {
        ExtractedDates.in("Tourism revenues dropped to $300 million last year.", MONDAY).has("last year", "2022");
        ExtractedDates.in("The INS ruled last month that only the father could speak for the boy.", MONDAY)
                .has("last month", "2023-07");
        ExtractedDates.in("Prices rose sharply earlier this month.", MONDAY).has("earlier this month", "2023-08");
        ExtractedDates.in("The jury returned its verdict this week.", MONDAY).has("this week", "2023-W33");
        ExtractedDates.in("Growth will pick up next year.", MONDAY).has("next year", "2024");
    }

    @Test
    void yearPhrasesOfBusinessNews() {
        ExtractedDates.in("Wages were 3.8 percent higher than a year earlier.", MONDAY).has("a year earlier", "2022");
        ExtractedDates.in("It expects to complete the deal by year-end.", MONDAY).has("year-end", "2023");
    }

    @Test
    void daysRelativeToTheStorysLastDate() {
        ExtractedDates.in("The minister arrived on 8 December 2022. The previous day, he had met Macron in Paris.", MONDAY)
                .has("The previous day", "2022-12-07");
        ExtractedDates.in("He was released and appeared in court the next morning.", MONDAY)
                .has("the next morning", "2023-08-15");
        ExtractedDates.in("Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.", MONDAY)
                .has("Earlier that day", "1998-10-23");
        ExtractedDates.in("Two men showed up at his house the day after his death.", MONDAY).hasNoDates();
    }

    @Test
    void yearsRelativeToTheStorysLastDate() {
        ExtractedDates.in("Munero fled to Florida in June 1998 and returned to Cuba later that year.", MONDAY)
                .has("later that year", "1998");
        ExtractedDates.in("On May 22, 1995, Farkas was made a general, and the following year he was posted abroad.",
                MONDAY).has("the following year", "1996");
    }

    @Test
    void relativeExpressionsNeedPublicationDate() {
        ExtractedDates.in("He resigned yesterday, two days after the vote, and will leave next month.", null)
                .has("yesterday", null).has("next month", null);
    }

    @Test
    void genericTodayIsNotADate() {
        ExtractedDates.in("The case is for today's youth what the blockade was for their parents.", MONDAY)
                .hasNoDates();
    }
}
