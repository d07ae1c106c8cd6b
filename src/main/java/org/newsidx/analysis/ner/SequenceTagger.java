package org.newsidx.analysis.ner;

/**
 * Greedy left-to-right BILOU decoding with the averaged-perceptron weights: each token gets the best tag
 * allowed after the previous one, given features that include the two previous tags and the document's
 * earlier decisions. Thread-safe (scratch arrays are per call).
 */
final class SequenceTagger {

    private final TaggerModel model;
    private final FeatureExtractor features;

    SequenceTagger(TaggerModel model, FeatureExtractor features) {
        this.model = model;
        this.features = features;
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
