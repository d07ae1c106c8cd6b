package org.newsidx.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.CapitalisedNameRecognizer;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.QuoteExtractor;
import org.newsidx.analysis.Quotation;
import org.newsidx.analysis.Sentence;
import org.newsidx.analysis.SentenceSplitter;

/** The seed article (PA Media): exactly four quotations, each with its speaker. */
class SeedArticleQuotesTest {

    private static String text;
    private static List<Quotation> quotes;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = SeedArticleQuotesTest.class.getResourceAsStream("seed.txt")) {
            assertNotNull(in, "seed.txt on the test class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<EntityMention> entities = new CapitalisedNameRecognizer().recognize(text, sentences);
        quotes = new QuoteExtractor().extract(text, sentences, entities);
    }

    @Test
    void findsExactlyFourQuotations() {
        assertEquals(4, quotes.size(), () -> quotes.toString());
        for (Quotation q : quotes) {
            assertEquals(text.substring(q.start(), q.end()), q.text());
        }
    }

    @Test
    void macronsQuotationIsHis() {
        Quotation q = quotes.get(0);
        assertTrue(q.text().startsWith("“an agreement between the UK and France, but"), q.text());
        assertEquals("Mr Macron", mention(q));
        assertEquals("Emmanuel Macron", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void governmentsPartialQuotation() {
        Quotation q = quotes.get(1);
        assertEquals("“remains open”", q.text());
        assertTrue(q.partial());
        assertEquals("The UK Government", mention(q));
        assertEquals("UK Government", q.speaker());
    }

    @Test
    void siebertsQuotation() {
        Quotation q = quotes.get(2);
        assertEquals("“commission is not open to a UK-EU readmissions agreement”", q.text());
        assertTrue(mention(q).endsWith("Bjoern Siebert"), mention(q));
        assertEquals("Bjoern Siebert", q.speaker());
        assertEquals("told", q.cue());
    }

    @Test
    void spokeswomansStatementOverThreeParagraphsIsOneQuotation() {
        Quotation q = quotes.get(3);
        assertTrue(q.text().startsWith("“We remain open to working with the EU"), q.text());
        assertTrue(q.text().endsWith("December 8 2022 meeting.”"), q.text());
        assertTrue(q.text().contains("\n\n“We are in regular conversations"), "second paragraph");
        assertTrue(q.text().contains("\n\n“We agreed with members of the Calais Group"), "third paragraph");
        assertEquals("A UK Government spokeswoman", mention(q));
        assertEquals("A UK Government spokeswoman", q.speaker());
        assertFalse(q.partial());
    }

    private static String mention(Quotation q) {
        return text.substring(q.speakerStart(), q.speakerEnd());
    }
}
