package org.newsidx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateParserTest {

    @Test
    void metadataValues() {
        assertEquals(Optional.of(LocalDate.of(2023, 8, 14)), PublicationDateParser.parse("2023-08-14T10:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(1987, 2, 26)), PublicationDateParser.parse("1987-02-26 15:01:01"));
        assertEquals(Optional.of(LocalDate.of(2023, 8, 14)),
                PublicationDateParser.parse("Mon, 14 Aug 2023 10:00:00 GMT"));
        assertEquals(Optional.of(LocalDate.of(2023, 8, 14)), PublicationDateParser.parse("August 14, 2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 8, 14)), PublicationDateParser.parse("14 August 2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 5)), PublicationDateParser.parse("Sept. 5, 2023"));
        assertEquals(Optional.of(LocalDate.of(2023, 6, 12)), PublicationDateParser.parse("2023/06/12"));
    }

    @Test
    void valuesWithoutADate() {
        assertEquals(Optional.empty(), PublicationDateParser.parse(null));
        assertEquals(Optional.empty(), PublicationDateParser.parse("  "));
        assertEquals(Optional.empty(), PublicationDateParser.parse("yesterday"));
        assertEquals(Optional.empty(), PublicationDateParser.parse("2023-02-30"));
        assertEquals(Optional.empty(), PublicationDateParser.parse("14 Smarch 2023"));
    }

    @Test
    void paths() {
        assertEquals(Optional.of(LocalDate.of(2023, 6, 12)), PublicationDateParser.fromPath("news/2023/06/12/slug.txt"));
        assertEquals(Optional.of(LocalDate.of(2023, 6, 12)), PublicationDateParser.fromPath("2023-06-12-slug.txt"));
        assertEquals(Optional.empty(), PublicationDateParser.fromPath("news/slug.txt"));
    }

    @Test
    void monthNamesComeFromTheSharedTable() {
        assertEquals(Month.MARCH, PublicationDateParser.month("Mar"));
        assertEquals(Month.SEPTEMBER, PublicationDateParser.month("Sept"));
        assertEquals(Month.MAY, PublicationDateParser.month("MAY"));
        assertNull(PublicationDateParser.month("Ma"));
        assertNull(PublicationDateParser.month("Marchx"));
    }
}
