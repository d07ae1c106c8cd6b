package org.newsidx.analysis.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.newsidx.analysis.CapitalisedNameRecognizer;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.QuoteExtractor;
import org.newsidx.analysis.Sentence;
import org.newsidx.analysis.SentenceSplitter;

/**
 * Not a test: measures what quote extraction costs next to indexing. For every article of the given
 * folders (".txt" as plain text, ".json" news-please "maintext"), one thread times, in CPU time: bare
 * Lucene indexing (StandardAnalyzer, one in-memory document per article, what the bare baseline does),
 * sentence splitting plus entity recognition, and quote extraction. Three rounds; the last is reported.
 *
 * <pre>mvn -q test-compile && java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath
 *   -Dmdep.outputFile=/dev/stdout) org.newsidx.analysis.quotes.QuoteExtractionBenchmark DIR...</pre>
 */
public final class QuoteExtractionBenchmark {

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String dir : args) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".txt") && !name.equalsIgnoreCase("README.TXT")) {
                        texts.add(Files.readString(p, StandardCharsets.ISO_8859_1));
                    } else if (name.endsWith(".json")) {
                        JsonNode text = json.readTree(p.toFile()).get("maintext");
                        if (text != null && text.isTextual()) {
                            texts.add(text.asText());
                        }
                    }
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SentenceSplitter splitter = new SentenceSplitter();
        CapitalisedNameRecognizer recognizer = new CapitalisedNameRecognizer();
        QuoteExtractor extractor = new QuoteExtractor();
        for (int round = 1; round <= 3; round++) {
            long lucene = 0;
            long analysis = 0;
            long quotes = 0;
            long found = 0;
            try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new StandardAnalyzer()))) {
                for (String text : texts) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    Document doc = new Document();
                    doc.add(new TextField("body", text, Field.Store.NO));
                    writer.addDocument(doc);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    List<Sentence> sentences = splitter.split(text);
                    List<EntityMention> entities = recognizer.recognize(text, sentences);
                    long t2 = cpu.getCurrentThreadCpuTime();
                    found += extractor.extract(text, sentences, entities).size();
                    long t3 = cpu.getCurrentThreadCpuTime();
                    lucene += t1 - t0;
                    analysis += t2 - t1;
                    quotes += t3 - t2;
                }
                long t0 = cpu.getCurrentThreadCpuTime();
                writer.commit();
                lucene += cpu.getCurrentThreadCpuTime() - t0;
            }
            System.out.printf("round %d: %d articles, %.1f MB, %d quotations; CPU ms: bare Lucene %d, sentences+entities %d,"
                            + " quotes %d (%.1f%% of bare Lucene indexing, %.1f MB/s)%n",
                    round, texts.size(), chars / 1e6, found, lucene / 1_000_000, analysis / 1_000_000,
                    quotes / 1_000_000, 100.0 * quotes / lucene, chars / 1e6 / (quotes / 1e9));
        }
    }
}
