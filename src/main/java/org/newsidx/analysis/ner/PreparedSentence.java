package org.newsidx.analysis.ner;

/** Per-token hashes and flags of one sentence, computed once and shared by all of its feature vectors. */
final class PreparedSentence {

    final int length;
    final String[] words;
    final long[] word;
    final long[] lower;
    final long[] shape;
    final long[] shortShape;
    final long[][] affixes;
    final int[] gazetteer;
    final boolean[] capitalised;
    final int[] cluster;
    final int[] embedding;
    final boolean allCaps;

    PreparedSentence(String[] words, long[] word, long[] lower, long[] shape, long[] shortShape, long[][] affixes,
                     int[] gazetteer, boolean[] capitalised, int[] cluster, int[] embedding, boolean allCaps) {
        this.length = words.length;
        this.words = words;
        this.word = word;
        this.lower = lower;
        this.shape = shape;
        this.shortShape = shortShape;
        this.affixes = affixes;
        this.gazetteer = gazetteer;
        this.capitalised = capitalised;
        this.cluster = cluster;
        this.embedding = embedding;
        this.allCaps = allCaps;
    }
}
