package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cached scoring of {@link SequenceTagger#tag(List, DocumentMemory)} against the plain per-feature path. */
class WordVectorCacheTest {

    private static final String[] TEXT = {
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday , "
                + "the Elysee Palace said .",
        "\" We agreed , \" Scholz told reporters after talks with Macron and officials of the European Commission .",
        "THE BANK OF ENGLAND RAISED RATES , said Andrew Bailey , its governor .",
        "Macron later flew to Brussels for a NATO summit with Joe Biden and Ursula von der Leyen .",
        "Shares in BP and Royal Dutch Shell rose 3 % on the London Stock Exchange .",
    };

    private static TaggerModel model;
    private static FeatureExtractor features;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WordVectorCacheTest.class.getResourceAsStream("/org/newsidx/ner/model.bin")) {
            model = TaggerModel.read(in);
        }
        features = new FeatureExtractor(Lexicon.load(), model.clusters());
    }

    private static List<List<String>> sentences() {
        List<List<String>> out = new ArrayList<>();
        for (String s : TEXT) {
            out.add(List.of(s.split(" ")));
        }
        return out;
    }

    /** The cached word vectors plus the context keys are exactly the features extract() gives, token by token. */
    @Test
    void wordKeysAndContextKeysPartitionTheFeatures() {
        WordVectorCache cache = new WordVectorCache(features, model, 1000);
        DocumentMemory memory = new DocumentMemory();
        long[] buf = new long[FeatureExtractor.MAX_FEATURES + 3];
        for (List<String> words : sentences()) {
            PreparedSentence p = features.prepare(words);
            WordVectorCache.Sentence s = cache.resolve(words);
            int[] tags = {TagSet.START, TagSet.O, TagSet.tag(0, TagSet.B), TagSet.tag(1, TagSet.L)};
            for (int i = 0; i < p.length; i++) {
                int prev1 = tags[i % tags.length];
                int prev2 = tags[(i + 1) % tags.length];
                int n = features.extract(p, i, prev1, prev2, memory, buf);
                long[] expected = Arrays.copyOf(buf, n);
                List<Long> actual = new ArrayList<>();
                addWord(actual, FeatureExtractor.SELF, words, i, p, buf);
                if (FeatureExtractor.typical(s, i)) {
                    addWord(actual, FeatureExtractor.SELF_TYPICAL, words, i, p, buf);
                }
                addWord(actual, FeatureExtractor.PREV1, words, i - 1, p, buf);
                addWord(actual, FeatureExtractor.NEXT1, words, i + 1, p, buf);
                addWord(actual, FeatureExtractor.PREV2, words, i - 2, p, buf);
                addWord(actual, FeatureExtractor.NEXT2, words, i + 2, p, buf);
                int k = features.staticKeys(s, i, memory, buf, 3);
                for (int f = 3; f < 3 + k; f++) {
                    actual.add(buf[f]);
                }
                k = FeatureExtractor.prevTagKeys(prev1, prev2, buf);
                for (int f = 0; f < k; f++) {
                    actual.add(buf[f]);
                }
                k = FeatureExtractor.tagWordKeys(s, i, prev1, buf, 0);
                for (int f = 0; f < k; f++) {
                    actual.add(buf[f]);
                }
                if (prev1 == TagSet.O) { // the cached tag-word features of a previous O are the same keys
                    long[] tagWord = Arrays.copyOf(buf, k);
                    List<Long> cached = new ArrayList<>();
                    addWord(cached, FeatureExtractor.SELF_AFTER_O, words, i, p, buf);
                    addWord(cached, FeatureExtractor.NEXT1_AFTER_O, words, i + 1, p, buf);
                    long[] c = cached.stream().mapToLong(Long::longValue).toArray();
                    Arrays.sort(tagWord);
                    Arrays.sort(c);
                    assertArrayEquals(tagWord, c, words + " token " + i);
                }
                long[] got = actual.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(expected);
                Arrays.sort(got);
                assertArrayEquals(expected, got, words + " token " + i);
            }
            for (int i = 0; i < p.length; i++) {
                if (p.capitalised[i]) {
                    memory.record(p.lower[i], TagSet.tag(i % 4, TagSet.U)); // document-memory features too
                }
            }
        }
    }

    private static void addWord(List<Long> out, int role, List<String> words, int j, PreparedSentence p, long[] buf) {
        int n = j < 0 || j >= words.size() ? FeatureExtractor.boundaryKeys(role, buf)
                : features.wordKeys(role, words.get(j), p.lower[j], p.shape[j], p.cluster[j], p.embedding[j], buf, 0);
        for (int f = 0; f < n; f++) {
            out.add(buf[f]);
        }
    }

    @Test
    void cachedTaggingGivesThePlainTags() {
        SequenceTagger tagger = new SequenceTagger(model, features, 1000);
        DocumentMemory plain = new DocumentMemory();
        DocumentMemory cached = new DocumentMemory();
        boolean entity = false;
        for (int pass = 0; pass < 2; pass++) { // the second pass is all cache hits
            for (List<String> words : sentences()) {
                int[] expected = tagger.tag(features.prepare(words), plain);
                int[] actual = tagger.tag(words, cached);
                assertArrayEquals(expected, actual, words.toString());
                entity |= Arrays.stream(actual).anyMatch(t -> t != TagSet.O);
            }
        }
        assertTrue(entity);
        assertTrue(tagger.cache().hits() > tagger.cache().misses());
    }

    /** Eviction by emptying (a long sentence needs more than half the cache) and by keeping the used words. */
    @Test
    void aFullCacheEvictsAndStillTagsCorrectly() {
        int longest = sentences().stream().mapToInt(List::size).max().orElseThrow();
        for (int bound : new int[] {longest + 3, 2 * longest + 5}) {
            SequenceTagger tagger = new SequenceTagger(model, features, bound);
            DocumentMemory plain = new DocumentMemory();
            DocumentMemory cached = new DocumentMemory();
            for (int pass = 0; pass < 3; pass++) {
                for (List<String> words : sentences()) {
                    assertArrayEquals(tagger.tag(features.prepare(words), plain), tagger.tag(words, cached),
                            bound + " " + words);
                    assertTrue(tagger.cache().size() <= bound);
                }
            }
            assertTrue(tagger.cache().evictions() >= 4, "evictions " + tagger.cache().evictions());
        }
    }

    @Test
    void aSentenceLongerThanTheCacheTakesThePlainPath() {
        SequenceTagger tagger = new SequenceTagger(model, features, 4);
        List<String> words = sentences().get(0);
        assertArrayEquals(tagger.tag(features.prepare(words), new DocumentMemory()), tagger.tag(words, new DocumentMemory()));
        assertEquals(0, tagger.cache().size());
    }
}
