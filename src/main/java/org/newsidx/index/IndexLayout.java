package org.newsidx.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The version of the document layout an index was written with, recorded in its commit data when
 * the index is created and kept by every later run (a field's indexing options cannot change inside
 * one index, so an index keeps its layout until it is rebuilt).
 */
public enum IndexLayout {

    /** Indexes written before the layout was recorded: article documents index their title words. */
    V1,
    /**
     * Passage text has offsets in its postings (the highlighter reads them instead of analysing the
     * passage again), and article documents carry the text and title fields without any word, so
     * that words match passages only and both fields have a length norm on every document (dense
     * norms are read directly, sparse ones through a skip list); passages carry their publication
     * day as doc values, so that a search without words lists them newest first.
     */
    V2;

    /** The layout of new indexes. */
    public static final IndexLayout CURRENT = V2;

    private static final String COMMIT_KEY = "layout";

    /** The layout that an index's commit data records; {@link #V1} when it records none. */
    public static IndexLayout of(Map<String, String> commitData) throws IOException {
        String v = commitData.get(COMMIT_KEY);
        if (v == null) {
            return V1;
        }
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IOException("its layout (" + v + ") is from a newer newsidx; use that version, or rebuild "
                    + "the index with this one (newsidx index --rebuild)", e);
        }
    }

    /** {@code commitData} with this layout recorded. */
    public Map<String, String> record(Map<String, String> commitData) {
        Map<String, String> out = new HashMap<>(commitData);
        out.put(COMMIT_KEY, name());
        return out;
    }

    /** Whether only passages can match words (text, title, quotations). */
    public boolean wordsOnPassagesOnly() {
        return this != V1;
    }

    /** Whether passages carry their publication day as doc values. */
    public boolean passageDays() {
        return this != V1;
    }

    /** Whether passage text has offsets in its postings. */
    public boolean textOffsets() {
        return this != V1;
    }
}
