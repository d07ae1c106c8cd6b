package org.newsidx.analysis.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsidx.analysis.Sentence;
import org.newsidx.analysis.SentenceSplitter;
import org.newsidx.bench.TimedPasses;

/**
 * Measures the entity recogniser on one thread: model load time (first use, in a fresh JVM) and throughput
 * in tokens per second, including sentence splitting, tokenisation, tagging and canonicalisation.
 *
 * <pre>java -cp target/newsidx.jar org.newsidx.analysis.ner.NerBenchmark [--dir ../shared/data/corpora/bbc-news/data/bbc]
 *     [--seconds 10] [--compare]</pre>
 *
 * {@code --compare} instead tags the corpus twice, with the plain per-feature scoring
 * ({@link SequenceTagger#tag(PreparedSentence, DocumentMemory)}) and with the word-vector cache
 * ({@link SequenceTagger#tag(List, DocumentMemory)}), and reports how many tags differ (float summation order
 * differs, so only near-ties may). The cache bound is the system property {@code newsidx.ner.wordCache}.
 */
public final class NerBenchmark {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/data/corpora/bbc-news/data/bbc");
        double seconds = 10;
        boolean compare = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--compare" -> compare = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        StatisticalEntityRecognizer recognizer = StatisticalEntityRecognizer.shared();
        long loadNanos = System.nanoTime() - t0;
        long loadCpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("model load: %d ms wall, %d ms cpu (this thread)%n", loadNanos / 1_000_000, loadCpu / 1_000_000);

        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        SentenceSplitter splitter = new SentenceSplitter();
        NerTokenizer tokenizer = new NerTokenizer();
        long tokens = 0;
        for (String text : texts) {
            for (Sentence s : splitter.split(text)) {
                tokens += tokenizer.tokenize(text, s.start(), s.end()).size();
            }
        }
        System.out.printf("corpus: %d documents, %d tokens (%s)%n", texts.size(), tokens, dir);
        if (compare) {
            compare(recognizer.tagger(), texts, splitter, tokenizer);
            return;
        }
        TimedPasses run = TimedPasses.run(seconds, tokens, () -> {
            long mentions = 0;
            for (String text : texts) {
                mentions += recognizer.recognize(text, splitter.split(text)).size();
            }
            return mentions;
        });
        System.out.printf("throughput: %,.0f tokens/s on one thread (%d passes, %.1f s, %d mentions)%n",
                run.perSecond(), run.passes(), run.seconds(), run.results());
        System.out.printf("cpu: %,.0f tokens per cpu-second of this thread (%.1f s cpu)%n", run.perCpuSecond(),
                run.cpuSeconds());
        WordVectorCache cache = recognizer.tagger().cache();
        System.out.printf("word cache: %d of at most %d words, %.2f%% hits, %d evictions, %.1f MB arrays%n",
                cache.size(), cache.maxEntries(), 100.0 * cache.hits() / Math.max(1, cache.hits() + cache.misses()),
                cache.evictions(), cache.bytes() / 1e6);
    }

    private static void compare(SequenceTagger tagger, List<String> texts, SentenceSplitter splitter, NerTokenizer tokenizer) {
        long tokens = 0;
        long differing = 0;
        long sentences = 0;
        long differingSentences = 0;
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            DocumentMemory plain = new DocumentMemory();
            DocumentMemory cached = new DocumentMemory();
            for (Sentence s : splitter.split(text)) {
                List<Token> toks = tokenizer.tokenize(text, s.start(), s.end());
                if (toks.isEmpty()) {
                    continue;
                }
                words.clear();
                for (Token t : toks) {
                    words.add(t.text());
                }
                int[] a = tagger.tag(tagger.features().prepare(words), plain);
                int[] b = tagger.tag(words, cached);
                int d = 0;
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        d++;
                    }
                }
                if (d > 0) {
                    differingSentences++;
                    System.out.printf("differs: %s%n", String.join(" ", words));
                }
                differing += d;
                tokens += a.length;
                sentences++;
            }
        }
        System.out.printf("compare: %d of %d tags differ, in %d of %d sentences%n", differing, tokens,
                differingSentences, sentences);
    }
}
