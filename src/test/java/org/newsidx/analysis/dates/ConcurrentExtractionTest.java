package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.DateExtractor;
import org.newsidx.analysis.DateMention;

/** One extractor shared by many threads gives the same answers as a single thread. */
class ConcurrentExtractionTest {

    @Test
    void sharedExtractorIsThreadSafe() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DateExtractor extractor = new DateExtractor();
        LocalDate anchor = LocalDate.of(2023, 8, 14);
        List<DateMention> expected = extractor.extract(seed, anchor);
        List<List<DateMention>> results = IntStream.range(0, 400).parallel()
                .mapToObj(i -> extractor.extract(seed, anchor)).toList();
        for (List<DateMention> r : results) {
            assertEquals(expected, r);
        }
    }
}
