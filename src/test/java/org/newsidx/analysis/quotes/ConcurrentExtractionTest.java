package org.newsidx.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.CapitalisedNameRecognizer;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.QuoteExtractor;
import org.newsidx.analysis.Quotation;
import org.newsidx.analysis.Sentence;
import org.newsidx.analysis.SentenceSplitter;

/** One extractor shared by several threads gives what it gives on one thread. */
class ConcurrentExtractionTest {

    @Test
    void sharedExtractorIsThreadSafe() throws Exception {
        List<String> texts = List.of(read("seed.txt"), read("british-style.txt"));
        QuoteExtractor extractor = new QuoteExtractor();
        List<List<Quotation>> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(extract(extractor, text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quotation>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = texts.get(i % texts.size());
                results.add(pool.submit(() -> extract(extractor, text)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % texts.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Quotation> extract(QuoteExtractor extractor, String text) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<EntityMention> entities = new CapitalisedNameRecognizer().recognize(text, sentences);
        return extractor.extract(text, sentences, entities);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ConcurrentExtractionTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
