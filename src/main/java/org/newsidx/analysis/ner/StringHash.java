package org.newsidx.analysis.ner;

/** 64-bit hashes of character ranges and of hash combinations; the keys of model features and lexicon entries. */
final class StringHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StringHash() {
    }

    /** Hash of {@code s[from, to)} with typographic apostrophes folded to {@code '}. */
    static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ fold(s.charAt(i))) * FNV_PRIME;
        }
        return mix(h);
    }

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** Hash of the lower-cased {@code s[from, to)} with apostrophes folded. */
    static long lower(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ Character.toLowerCase(fold(s.charAt(i)))) * FNV_PRIME;
        }
        return mix(h);
    }

    static long lower(CharSequence s) {
        return lower(s, 0, s.length());
    }

    /** Hash of a phrase from the hashes of its words, in order. */
    static long phrase(long soFar, long next) {
        return mix(soFar * 0x9E3779B97F4A7C15L + next + 0x632BE59BD9B4E019L);
    }

    /** Feature key: a template number combined with one value. */
    static long feature(int template, long value) {
        return mix(value ^ (template * 0xD6E8FEB86659FD93L + 0x1234567L));
    }

    /** Feature key: a template number combined with two values. */
    static long feature(int template, long a, long b) {
        return feature(template, mix(a + 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL));
    }

    static char fold(char c) {
        return switch (c) {
            case '’', '‘', '`', '´' -> '\'';
            case '“', '”', '„' -> '"';
            case '–', '—' -> '-';
            default -> c;
        };
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
