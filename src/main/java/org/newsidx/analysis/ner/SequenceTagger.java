package org.newsidx.analysis.ner;

import java.util.List;

/**
 * Greedy left-to-right BILOU decoding with the averaged-perceptron weights: each token gets the best tag
 * allowed after the previous one, given features that include the two previous tags and the document's
 * earlier decisions. Thread-safe (scratch arrays are per call, word-vector caches per thread).
 */
final class SequenceTagger {

    private final TaggerModel model;
    private final FeatureExtractor features;

    /** Per thread: the word-vector cache of this model (created on a thread's first {@link #tag(List, DocumentMemory)}). */
    private final ThreadLocal<WordVectorCache> caches;
    /** How many keys {@link FeatureExtractor#tagWordKeys} writes. */
    private static final int GUESSED = 3;
    /** See {@link #prevTagWeights}. */
    private final float[] prevTagWeights;

    SequenceTagger(TaggerModel model, FeatureExtractor features) {
        this(model, features, WordVectorCache.DEFAULT_MAX_ENTRIES);
    }

    SequenceTagger(TaggerModel model, FeatureExtractor features, int cacheEntries) {
        this.model = model;
        this.features = features;
        this.caches = ThreadLocal.withInitial(() -> new WordVectorCache(features, model, cacheEntries));
        this.prevTagWeights = prevTagWeights(model);
    }

    /** This thread's word-vector cache. */
    WordVectorCache cache() {
        return caches.get();
    }

    FeatureExtractor features() {
        return features;
    }

    /** The tags of one sentence; records them in {@code memory}. */
    int[] tag(PreparedSentence s, DocumentMemory memory) {
        int[] tags = new int[s.length];
        long[] feats = new long[FeatureExtractor.MAX_FEATURES];
        float[] scores = new float[TagSet.SIZE];
        int prev1 = TagSet.START;
        int prev2 = TagSet.START;
        for (int i = 0; i < s.length; i++) {
            int n = features.extract(s, i, prev1, prev2, memory, feats);
            model.score(feats, n, scores);
            int best = bestAllowed(scores, prev1, i + 1 == s.length);
            tags[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
        if (memory != null) {
            for (int i = 0; i < s.length; i++) {
                if (s.capitalised[i]) {
                    memory.record(s.lower[i], tags[i]);
                }
            }
        }
        return tags;
    }

    /**
     * The tags of one sentence, as {@link #tag(PreparedSentence, DocumentMemory)} gives them for
     * {@code features().prepare(tokens)}, but scored with this thread's {@link WordVectorCache}: first, for
     * all tokens at once, the cached weight sums of the single-word features plus the features that do not
     * depend on the previous tags (their look-ups in one batch, so that the cache misses overlap); then,
     * decoding left to right, the weights of the previous tags (a table) and of the three features that
     * combine the previous tag with a word (cached too when the previous tag is O). Records the tags in
     * {@code memory}.
     */
    int[] tag(List<String> tokens, DocumentMemory memory) {
        WordVectorCache cache = caches.get();
        if (tokens.size() > cache.maxEntries()) {
            return tag(features.prepare(tokens), memory);
        }
        WordVectorCache.Sentence s = cache.resolve(tokens);
        int n = s.length;
        float[] vectors = cache.vectors();
        float[] boundary = cache.boundary();
        int[] entry = s.entry;
        int size = TagSet.SIZE;
        int stride = WordVectorCache.STRIDE;
        // the scores that do not depend on the previous tags, for every token
        float[] base = s.scores(n);
        // ... and, in the same batch, the first token's tag-word features (its previous tag is START):
        // keys [ends[0], ends[0] + GUESSED)
        int total = 0;
        for (int i = 0; i < n; i++) {
            long[] keys = s.keys(total + FeatureExtractor.MAX_FEATURES + GUESSED);
            s.ends[i] = total += features.staticKeys(s, i, memory, keys, total);
            if (i == 0) {
                total += FeatureExtractor.tagWordKeys(s, i, TagSet.START, keys, total);
            }
        }
        long touched = model.rowsOf(s.keys, total, s.rows(total));
        for (int i = 0; i < n; i++) {
            int at = i * size;
            int self = entry[i] * stride;
            System.arraycopy(vectors, self + FeatureExtractor.SELF * size, base, at, size);
            if (FeatureExtractor.typical(s, i)) {
                add(vectors, self + FeatureExtractor.SELF_TYPICAL * size, base, at);
            }
            int r = FeatureExtractor.PREV1 * size;
            add(i >= 1 ? vectors : boundary, i >= 1 ? entry[i - 1] * stride + r : r, base, at);
            r = FeatureExtractor.NEXT1 * size;
            add(i + 1 < n ? vectors : boundary, i + 1 < n ? entry[i + 1] * stride + r : r, base, at);
            r = FeatureExtractor.PREV2 * size;
            add(i >= 2 ? vectors : boundary, i >= 2 ? entry[i - 2] * stride + r : r, base, at);
            r = FeatureExtractor.NEXT2 * size;
            add(i + 2 < n ? vectors : boundary, i + 2 < n ? entry[i + 2] * stride + r : r, base, at);
            model.addRows(s.rows, i == 0 ? 0 : i == 1 ? s.ends[0] + GUESSED : s.ends[i - 1], s.ends[i], base, at);
        }
        int[] tags = new int[n];
        long[] feats = new long[FeatureExtractor.MAX_FEATURES];
        int[] rows = new int[FeatureExtractor.MAX_FEATURES];
        float[] scores = new float[size];
        float outsideBias = model.outsideBias();
        int prev1 = TagSet.START;
        int prev2 = TagSet.START;
        for (int i = 0; i < n; i++) {
            System.arraycopy(base, i * size, scores, 0, size);
            add(prevTagWeights, (prev1 * (TagSet.SIZE + 1) + prev2) * size, scores, 0);
            if (i == 0) {
                model.addRows(s.rows, s.ends[0], s.ends[0] + GUESSED, scores, 0);
            } else if (prev1 == TagSet.O) { // the tag-word features of a previous O are cached
                add(vectors, entry[i] * stride + FeatureExtractor.SELF_AFTER_O * size, scores, 0);
                int r = FeatureExtractor.NEXT1_AFTER_O * size;
                add(i + 1 < n ? vectors : boundary, i + 1 < n ? entry[i + 1] * stride + r : r, scores, 0);
            } else {
                int k = FeatureExtractor.tagWordKeys(s, i, prev1, feats, 0);
                touched += model.addWeights(feats, k, scores, 0, rows);
            }
            scores[TagSet.O] += outsideBias;
            int best = bestAllowed(scores, prev1, i + 1 == n);
            tags[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
        cache.sink += touched;
        if (memory != null) {
            for (int i = 0; i < n; i++) {
                if (s.capitalised[i]) {
                    memory.record(s.lower[i], tags[i]);
                }
            }
        }
        return tags;
    }

    /** Per pair (prev1, prev2) of previous tags (START included), the summed weights of their features. */
    private static float[] prevTagWeights(TaggerModel model) {
        int values = TagSet.SIZE + 1;
        float[] out = new float[values * values * TagSet.SIZE];
        long[] keys = new long[2];
        int[] rows = new int[2];
        for (int prev1 = 0; prev1 < values; prev1++) {
            for (int prev2 = 0; prev2 < values; prev2++) {
                int n = FeatureExtractor.prevTagKeys(prev1, prev2, keys);
                model.addWeights(keys, n, out, (prev1 * values + prev2) * TagSet.SIZE, rows);
            }
        }
        return out;
    }

    private static void add(float[] from, int offset, float[] to, int at) {
        for (int t = 0; t < TagSet.SIZE; t++) {
            to[at + t] += from[offset + t];
        }
    }

    /** The highest-scoring tag allowed after {@code prev}; at the sentence end it must close any entity. */
    static int bestAllowed(float[] scores, int prev, boolean last) {
        int best = -1;
        for (int t = 0; t < TagSet.SIZE; t++) {
            if (!TagSet.allowed(prev, t)) {
                continue;
            }
            if (last && t != TagSet.O && !TagSet.endsEntity(t)) {
                continue;
            }
            if (best < 0 || scores[t] > scores[best]) {
                best = t;
            }
        }
        return best;
    }
}
