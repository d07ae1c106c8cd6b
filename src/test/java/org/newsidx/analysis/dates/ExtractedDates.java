package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.newsidx.analysis.DateExtractor;
import org.newsidx.analysis.DateMention;

/** Assertions on what the extractor finds in one sentence. */
final class ExtractedDates {

    private static final DateExtractor EXTRACTOR = new DateExtractor();

    private final String text;
    private final List<DateMention> mentions;

    private ExtractedDates(String text, LocalDate anchor) {
        this.text = text;
        this.mentions = EXTRACTOR.extract(text, anchor);
    }

    static ExtractedDates in(String text, String anchor) {
        return new ExtractedDates(text, anchor == null ? null : LocalDate.parse(anchor));
    }

    /** The mention covering {@code expression} (first occurrence) has this value (null allowed). */
    ExtractedDates has(String expression, String value) {
        DateMention m = covering(expression);
        assertEquals(value, m.value(), () -> "value of \"" + expression + "\" in: " + text);
        return this;
    }

    /** No mention overlaps {@code expression} (first occurrence). */
    ExtractedDates hasNoDateAt(String expression) {
        int start = text.indexOf(expression);
        assertTrue(start >= 0, "not in text: " + expression);
        int end = start + expression.length();
        for (DateMention m : mentions) {
            if (m.start() < end && start < m.end()) {
                fail("unexpected date \"" + m.text() + "\" = " + m.value() + " in: " + text);
            }
        }
        return this;
    }

    ExtractedDates hasNoDates() {
        assertEquals(List.of(), mentions.stream().map(DateMention::text).collect(Collectors.toList()), text);
        return this;
    }

    DateMention covering(String expression) {
        int start = text.indexOf(expression);
        assertTrue(start >= 0, "not in text: " + expression);
        int end = start + expression.length();
        for (DateMention m : mentions) {
            if (m.start() <= start && end <= m.end()) {
                assertEquals(text.substring(m.start(), m.end()), m.text());
                return m;
            }
        }
        fail("no date covering \"" + expression + "\" in: " + text + " (found " + mentions + ")");
        return null;
    }
}
