package org.newsidx.analysis.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * What the tagger has decided so far in one document: for each capitalised word, how often it was tagged
 * with each entity class. Feeds the document-consistency features. One per document; not thread-safe.
 */
final class DocumentMemory {

    private final Map<Long, int[]> classCounts = new HashMap<>();

    void record(long lowerHash, int tag) {
        int cls = TagSet.classOf(tag);
        int[] counts = classCounts.computeIfAbsent(lowerHash, k -> new int[TagSet.CLASS_COUNT + 1]);
        counts[cls < 0 ? TagSet.CLASS_COUNT : cls]++;
    }

    /** Counts per class (index CLASS_COUNT = not an entity), or null if the word was not seen. */
    int[] counts(long lowerHash) {
        return classCounts.get(lowerHash);
    }
}
