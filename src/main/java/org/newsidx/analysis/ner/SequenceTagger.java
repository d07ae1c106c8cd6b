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

    SequenceTagger(TaggerModel model, FeatureExtractor features) {
        this(model, features, WordVectorCache.DEFAULT_MAX_ENTRIES);
    }

    SequenceTagger(TaggerModel model, FeatureExtractor features, int cacheEntries) {
        this.model = model;
        this.features = features;
        this.caches = ThreadLocal.withInitial(() -> new WordVectorCache(features, model, cacheEntries));
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
     * {@code features().prepare(tokens)}, but scored with this thread's {@link WordVectorCache}: the
     * features of single words come as cached weight sums. Records the tags in {@code memory}.
     */
    int[] tag(List<String> tokens, DocumentMemory memory) {
        WordVectorCache cache = caches.get();
        if (tokens.size() > cache.maxEntries()) {
            return tag(features.prepare(tokens), memory);
        }
        WordVectorCache.Sentence s = cache.resolve(tokens);
        int n = s.length;
        int[] tags = new int[n];
        long[] feats = new long[FeatureExtractor.MAX_FEATURES];
        int[] rows = new int[FeatureExtractor.MAX_FEATURES];
        long touched = 0;
        float[] scores = new float[TagSet.SIZE];
        float[] vectors = cache.vectors();
        float[] boundary = cache.boundary();
        float outsideBias = model.outsideBias();
        int[] entry = s.entry;
        int prev1 = TagSet.START;
        int prev2 = TagSet.START;
        for (int i = 0; i < n; i++) {
            int self = entry[i] * WordVectorCache.STRIDE;
            System.arraycopy(vectors, self + FeatureExtractor.SELF * TagSet.SIZE, scores, 0, TagSet.SIZE);
            if (FeatureExtractor.typical(s, i)) {
                add(vectors, self + FeatureExtractor.SELF_TYPICAL * TagSet.SIZE, scores);
            }
            int r = FeatureExtractor.PREV1 * TagSet.SIZE;
            if (i >= 1) {
                add(vectors, entry[i - 1] * WordVectorCache.STRIDE + r, scores);
            } else {
                add(boundary, r, scores);
            }
            r = FeatureExtractor.NEXT1 * TagSet.SIZE;
            if (i + 1 < n) {
                add(vectors, entry[i + 1] * WordVectorCache.STRIDE + r, scores);
            } else {
                add(boundary, r, scores);
            }
            r = FeatureExtractor.PREV2 * TagSet.SIZE;
            if (i >= 2) {
                add(vectors, entry[i - 2] * WordVectorCache.STRIDE + r, scores);
            } else {
                add(boundary, r, scores);
            }
            r = FeatureExtractor.NEXT2 * TagSet.SIZE;
            if (i + 2 < n) {
                add(vectors, entry[i + 2] * WordVectorCache.STRIDE + r, scores);
            } else {
                add(boundary, r, scores);
            }
            int k = features.contextKeys(s, i, prev1, prev2, memory, feats);
            touched += model.addWeights(feats, k, scores, 0, rows);
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

    private static void add(float[] from, int offset, float[] to) {
        for (int t = 0; t < TagSet.SIZE; t++) {
            to[t] += from[offset + t];
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
