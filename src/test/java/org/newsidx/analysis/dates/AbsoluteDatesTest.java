package org.newsidx.analysis.dates;

import org.junit.jupiter.api.Test;

/** Day-level dates written out: British and American order, abbreviations, ISO and slashed forms. */
class AbsoluteDatesTest {

    private static final String MONDAY = "2023-08-14";

    @Test
    void britishOrder() {
        ExtractedDates.in("The ceasefire was signed on 8 December 2022 in Geneva.", MONDAY)
                .has("8 December 2022", "2022-12-08");
        ExtractedDates.in("Polls close on the 3rd of May, 2021, officials said.", MONDAY)
                .has("3rd of May, 2021", "2021-05-03");
    }

    @Test
    void americanOrder() {
        ExtractedDates.in("The company said on December 8, 2022 that it would cut 1,000 jobs.", MONDAY)
                .has("December 8, 2022", "2022-12-08");
        ExtractedDates.in("in a joint statement at the group's December 8 2022 meeting.", MONDAY)
                .has("December 8 2022", "2022-12-08");
    }

    @Test
    void abbreviatedMonthWithoutYearTakesTheNearestYear() {
        ExtractedDates.in("Shares will be paid on Dec. 8 to holders of record.", MONDAY).has("Dec. 8", "2023-12-08");
        ExtractedDates.in("The index closed at a record on Aug. 6.", "1998-02-06").has("Aug. 6", "1997-08-06");
        ExtractedDates.in("The offer expires Jan. 2, the company said.", "1989-11-02").has("Jan. 2", "1990-01-02");
    }

    @Test
    void weekdayBeforeTheDateIsPartOfIt() {
        ExtractedDates.in("The Times says in an editorial on Thursday, Jan. 6: the ruling stands.", "2000-01-06")
                .has("Thursday, Jan. 6", "2000-01-06");
    }

    @Test
    void numericForms() {
        ExtractedDates.in("The filing, dated 2022-12-08, was released.", MONDAY).has("2022-12-08", "2022-12-08");
        ExtractedDates.in("Form submitted 12/31/2022 and 31/12/2022.", MONDAY)
                .has("12/31/2022", "2022-12-31").has("31/12/2022", "2022-12-31");
        ExtractedDates.in("The form is dated 12/08/2022.", MONDAY).hasNoDateAt("12/08/2022");
    }

    @Test
    void absoluteDatesResolveWithoutPublicationDate() {
        ExtractedDates.in("The ceasefire was signed on 8 December 2022 in Geneva.", null)
                .has("8 December 2022", "2022-12-08");
        ExtractedDates.in("The talks ended on Dec. 8.", null).has("Dec. 8", null);
    }
}
