package org.newsidx.analysis.ner;

/**
 * Hierarchical word clusters: each known word (by lower-case hash) has a path in a binary tree, stored as
 * an int whose top 5 bits are the path length and the low bits the path. Immutable, thread-safe.
 */
final class WordClusters {

    private final LongIntMap paths;

    WordClusters(LongIntMap paths) {
        this.paths = paths;
    }

    /** The packed path of a word, or -1 if unknown. */
    int pathOf(long lowerHash) {
        return paths.get(lowerHash, -1);
    }

    static int pack(int bits, int length) {
        return (length << 24) | bits;
    }

    /** The first {@code len} bits of a packed path (or all of it if shorter), with the length. */
    static long prefix(int packed, int len) {
        int length = packed >>> 24;
        int bits = packed & 0xFFFFFF;
        int keep = Math.min(len, length);
        return ((long) keep << 24) | (bits >>> (length - keep));
    }

    LongIntMap paths() {
        return paths;
    }
}
