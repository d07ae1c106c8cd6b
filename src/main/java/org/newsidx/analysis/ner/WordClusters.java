package org.newsidx.analysis.ner;

/**
 * Hierarchical word clusters: each known word (by lower-case hash) has a path in a binary tree, stored as
 * an int: bits 29-30 a capitalisation prior, bits 24-28 the path length, the low bits the path. Immutable, thread-safe.
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

    /** Packs a path of up to 24 bits, its length and a {@link ClusterBuilder} capitalisation bucket (-1 unknown). */
    static int pack(int bits, int length, int capitalisation) {
        int capBits = switch (capitalisation) {
            case 0 -> 1;
            case 1, 2 -> 2;
            case 3 -> 3;
            default -> 0;
        };
        return (capBits << 29) | (length << 24) | bits;
    }

    /**
     * The capitalisation prior of a packed entry: 0 unknown, 1 rarely capitalised (< 10% mid-sentence),
     * 2 sometimes (< 90%), 3 nearly always.
     */
    static int capitalisation(int packed) {
        return packed < 0 ? 0 : (packed >>> 29) & 3;
    }

    /** The first {@code len} bits of a packed path (or all of it if shorter), with the length. */
    static long prefix(int packed, int len) {
        int length = (packed >>> 24) & 0x1F;
        int bits = packed & 0xFFFFFF;
        int keep = Math.min(len, length);
        return ((long) keep << 24) | (bits >>> (length - keep));
    }

    LongIntMap paths() {
        return paths;
    }
}
