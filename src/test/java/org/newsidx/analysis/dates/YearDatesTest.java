package org.newsidx.analysis.dates;

import org.junit.jupiter.api.Test;

/** Years alone, and four-digit numbers that are not years. */
class YearDatesTest {

    @Test
    void yearsInContext() {
        ExtractedDates.in("Mr Lortie joined Provigo in 1985 and led its expansion.", null).has("1985", "1985");
        ExtractedDates.in("BellSouth earnings would fall by 9% in both 1990 and 1991.", null)
                .has("1990", "1990").has("1991", "1991");
        ExtractedDates.in("In fiscal 1988, the company earned $17.3 million.", null).has("fiscal 1988", "1988");
        ExtractedDates.in("Marti fought for independence from Spain in 1898.", null).has("1898", "1898");
    }

    @Test
    void yearRangesAndWireStyle() {
        ExtractedDates.in("Output rose from August 4, 1984 to end-1985, the ministry said.", null)
                .has("end-1985", "1985");
        ExtractedDates.in("Attendance fell over the 2019-2020 season.", null).has("2019", "2019").has("2020", "2020");
    }

    @Test
    void spelledOutYears() {
        ExtractedDates.in("Keating's convictions were thrown out in nineteen ninety-six on a technicality.", null)
                .has("nineteen ninety-six", "1996");
        ExtractedDates.in("His promise to halve unemployment by the year two thousand was abandoned.", null)
                .has("the year two thousand", "2000");
    }

    @Test
    void numbersThatAreNotYears() {
        ExtractedDates.in("The council paid $2,019 for the report and 2,019 people signed.", null).hasNoDates();
        ExtractedDates.in("Some 2000 people marched, and the index rose 1998.5 points.", null).hasNoDates();
        ExtractedDates.in("The blast came at 1930 GMT near gate 2014.", null).hasNoDates();
        ExtractedDates.in("Prices in the 1990s and in 1998-99 were lower.", null).hasNoDates();
    }
}
