package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.DateExtractor;
import org.newsidx.analysis.DateMention;

/** The seed article (source: PA Media), published 2023-08-14: every date in it, with its value. */
class SeedArticleDatesTest {

    private static String seed() throws IOException {
        try (InputStream in = SeedArticleDatesTest.class.getResourceAsStream("/seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void resolvesEveryDateAgainstThePublicationDate() throws IOException {
        String text = seed();
        List<DateMention> dates = new DateExtractor().extract(text, LocalDate.of(2023, 8, 14));
        assertEquals(List.of("March=2023-03", "May=2023-05", "Saturday=2023-08-12", "December 8 2022=2022-12-08"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
        for (DateMention d : dates) {
            assertEquals(d.text(), text.substring(d.start(), d.end()));
        }
    }

    @Test
    void withoutPublicationDateOnlyTheAbsoluteDateResolves() throws IOException {
        List<DateMention> dates = new DateExtractor().extract(seed(), null);
        assertEquals(List.of("March=null", "May=null", "Saturday=null", "December 8 2022=2022-12-08"),
                dates.stream().map(d -> d.text() + "=" + d.value()).toList());
    }
}
