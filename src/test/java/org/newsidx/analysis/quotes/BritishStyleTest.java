package org.newsidx.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.CapitalisedNameRecognizer;
import org.newsidx.analysis.QuoteExtractor;
import org.newsidx.analysis.Quotation;
import org.newsidx.analysis.Sentence;
import org.newsidx.analysis.SentenceSplitter;

/** An article quoting with single marks, British style, with apostrophes all around (written for this test). */
class BritishStyleTest {

    @Test
    void singleQuotedQuotationsWithSpeakers() throws IOException {
        String text;
        try (InputStream in = BritishStyleTest.class.getResourceAsStream("british-style.txt")) {
            assertNotNull(in);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Quotation> quotes = new QuoteExtractor().extract(text, sentences,
                new CapitalisedNameRecognizer().recognize(text, sentences));
        List<String> quoted = quotes.stream().map(Quotation::text).toList();
        assertEquals(List.of("‘working’", "‘We are stopping the boats, and the numbers show it. Crossings are down by a third.’",
                "‘This is not a gimmick,’", "‘It is the law of the land.’", "‘chaotic and costly’",
                "‘We don’t comment on leaked documents.’"), quoted);
        assertEquals("Rishi Sunak", quotes.get(1).speaker());
        assertEquals("Rishi Sunak", quotes.get(2).speaker());
        assertEquals("added", quotes.get(2).cue());
        assertEquals("he", text.substring(quotes.get(3).speakerStart(), quotes.get(3).speakerEnd()));
        assertEquals("Yvette Cooper", quotes.get(4).speaker());
        assertTrue(quotes.get(4).partial());
        assertEquals("A Home Office spokesman", quotes.get(5).speaker());
    }
}
