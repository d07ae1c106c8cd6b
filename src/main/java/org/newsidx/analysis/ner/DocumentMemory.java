package org.newsidx.analysis.ner;

/**
 * What the tagger has decided so far in one document: for each capitalised word, how often it was tagged
 * with each entity class. Feeds the document-consistency features. One per document; not thread-safe.
 */
final class DocumentMemory {

    /** Lower-case hash -> index into {@link #counts}. */
    private final LongIntMap index = new LongIntMap(64);
    private int[][] counts = new int[64][];
    private int size;

    void record(long lowerHash, int tag) {
        int cls = TagSet.classOf(tag);
        int at = index.get(lowerHash, -1);
        if (at < 0) {
            at = size++;
            if (at == counts.length) {
                counts = java.util.Arrays.copyOf(counts, at * 2);
            }
            counts[at] = new int[TagSet.CLASS_COUNT + 1];
            index.put(lowerHash, at);
        }
        counts[at][cls < 0 ? TagSet.CLASS_COUNT : cls]++;
    }

    /** Counts per class (index CLASS_COUNT = not an entity), or null if the word was not seen. */
    int[] counts(long lowerHash) {
        int at = index.get(lowerHash, -1);
        return at < 0 ? null : counts[at];
    }
}
