package org.newsidx.analysis.ner;

import java.util.Arrays;
import java.util.List;

/**
 * Per word type (the exact token string), the summed weights of the features that depend on that word
 * alone, one vector of {@link TagSet#SIZE} floats per {@link FeatureExtractor} role (as token i, i-1, i+1,
 * i-2, i+2, and with a previous tag O as token i and i+1), and the word's hashes: tagging a token then adds
 * five to eight cached vectors and looks up only the ~10 features that depend on its context. Bounded: holds at most {@code maxEntries} words; when a
 * sentence would not fit, it keeps (at most half of them) the words used most since the last eviction
 * and drops the rest. One per thread and model; not thread-safe.
 */
final class WordVectorCache {

    static final int STRIDE = FeatureExtractor.ROLES * TagSet.SIZE;
    /** Default bound on the number of cached words (about 0.6 KB each). */
    static final int DEFAULT_MAX_ENTRIES = Integer.getInteger("newsidx.ner.wordCache", 1 << 14);

    private static final byte CAPITALISED = 1;
    private static final byte HAS_LETTER = 2;
    private static final byte ALL_UPPER = 4;

    private final FeatureExtractor features;
    private final TaggerModel model;
    private final int maxEntries;
    private final float[] boundary = new float[STRIDE];
    private final long[] keys = new long[FeatureExtractor.MAX_FEATURES];
    private final int[] rows = new int[FeatureExtractor.MAX_FEATURES];
    private final int[] roleEnds = new int[FeatureExtractor.ROLES];
    /** Where {@link TaggerModel#addWeights}'s touched values go. */
    long sink;
    private final Sentence sentence = new Sentence();

    private String[] words;
    private long[] lower;
    private long[] shape;
    private long[] shortShape;
    private int[] cluster;
    /** {@link Lexicon#word} of the word. */
    private int[] lexicon;
    private byte[] flags;
    /** Hits since the last eviction (halved at each). */
    private int[] uses;
    private float[] vectors;
    /** Slot -> entry + 1, 0 = empty; at most half full. */
    private int[] table;
    private int size;
    private long hits;
    private long misses;
    private int evictions;

    WordVectorCache(FeatureExtractor features, TaggerModel model, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.features = features;
        this.model = model;
        this.maxEntries = maxEntries;
        for (int role = FeatureExtractor.PREV1; role < FeatureExtractor.ROLES; role++) { // none for SELF_AFTER_O
            int n = FeatureExtractor.boundaryKeys(role, keys);
            sink += model.addWeights(keys, n, boundary, role * TagSet.SIZE, rows);
        }
        allocate(Math.min(maxEntries, 1024));
    }

    int maxEntries() {
        return maxEntries;
    }

    int size() {
        return size;
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }

    int evictions() {
        return evictions;
    }

    /** Vectors of the entries; entry e's vector of role r starts at {@code e * STRIDE + r * SIZE}. */
    float[] vectors() {
        return vectors;
    }

    /** The vectors of the positions before and after the sentence (roles PREV1 ... NEXT2, NEXT1_AFTER_O). */
    float[] boundary() {
        return boundary;
    }

    /** Allocated bytes of the arrays (excluding the cached strings themselves). */
    long bytes() {
        int cap = words.length;
        return (long) cap * (4 + 8 * 3 + 4 + 4 + 1 + 4 + 4L * STRIDE) + 4L * table.length;
    }

    void clear() {
        Arrays.fill(table, 0);
        Arrays.fill(words, 0, size, null);
        size = 0;
    }

    /**
     * Keeps the words with the most uses since the last eviction, at most half the bound (none if
     * {@code room} would not fit then), with their uses halved.
     */
    private void evict(int room) {
        evictions++;
        int threshold = 1;
        while (true) {
            int count = 0;
            for (int e = 0; e < size; e++) {
                if (uses[e] >= threshold) {
                    count++;
                }
            }
            if (count <= maxEntries / 2) {
                break;
            }
            threshold *= 2;
        }
        if (maxEntries / 2 + room > maxEntries) {
            clear();
            return;
        }
        int kept = 0;
        for (int e = 0; e < size; e++) {
            if (uses[e] < threshold) {
                continue;
            }
            if (kept != e) {
                words[kept] = words[e];
                lower[kept] = lower[e];
                shape[kept] = shape[e];
                shortShape[kept] = shortShape[e];
                cluster[kept] = cluster[e];
                lexicon[kept] = lexicon[e];
                flags[kept] = flags[e];
                System.arraycopy(vectors, e * STRIDE, vectors, kept * STRIDE, STRIDE);
            }
            uses[kept] = uses[e] >> 1;
            kept++;
        }
        Arrays.fill(words, kept, size, null);
        size = kept;
        rehash();
    }

    /**
     * The sentence's tokens resolved to cache entries, with the per-token hashes, gazetteer flags and
     * all-caps flag the context features need. At most {@link #maxEntries()} tokens. The result is reused
     * by the next call.
     */
    Sentence resolve(List<String> tokens) {
        int n = tokens.size();
        if (n > maxEntries) {
            throw new IllegalArgumentException("sentence of " + n + " tokens exceeds the cache");
        }
        if (size + n > maxEntries) {
            evict(n);
        }
        if (size + n > words.length) {
            grow(Math.min(maxEntries, Math.max(words.length * 2, size + n)));
        }
        Sentence s = sentence;
        s.ensure(n);
        int letters = 0;
        int upperWords = 0;
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i);
            int e = entry(w);
            s.words[i] = w;
            s.entry[i] = e;
            s.lower[i] = lower[e];
            s.shape[i] = shape[e];
            s.shortShape[i] = shortShape[e];
            s.cluster[i] = cluster[e];
            s.lexicon[i] = lexicon[e];
            byte f = flags[e];
            s.capitalised[i] = (f & CAPITALISED) != 0;
            if ((f & HAS_LETTER) != 0) {
                letters++;
                if ((f & ALL_UPPER) != 0) {
                    upperWords++;
                }
            }
        }
        Arrays.fill(s.words, n, s.words.length, null);
        s.length = n;
        features.lexicon().mark(s.lower, s.lexicon, n, s.gazetteer);
        s.allCaps = letters >= 2 && upperWords * 10 >= letters * 8;
        return s;
    }

    /** The entry of {@code w}, added if missing; the caller has made room. */
    private int entry(String w) {
        int mask = table.length - 1;
        int slot = spread(w.hashCode()) & mask;
        while (true) {
            int e = table[slot] - 1;
            if (e < 0) {
                break;
            }
            if (words[e].equals(w)) {
                hits++;
                if (uses[e] < Integer.MAX_VALUE) {
                    uses[e]++;
                }
                return e;
            }
            slot = (slot + 1) & mask;
        }
        misses++;
        int e = size++;
        table[slot] = e + 1;
        uses[e] = 0;
        fill(e, w);
        return e;
    }

    private void fill(int e, String w) {
        long lw = StringHash.lower(w);
        long sh = FeatureExtractor.shapeHash(w);
        int path = features.clusterOf(lw);
        int embedding = features.embeddingOf(lw);
        words[e] = w;
        lower[e] = lw;
        shape[e] = sh;
        shortShape[e] = FeatureExtractor.shortShapeHash(w);
        cluster[e] = path;
        lexicon[e] = features.lexicon().word(lw);
        boolean hasLetter = false;
        boolean allUpper = true;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                hasLetter = true;
                if (!Character.isUpperCase(c)) {
                    allUpper = false;
                }
            }
        }
        flags[e] = (byte) ((FeatureExtractor.capitalised(w) ? CAPITALISED : 0) | (hasLetter ? HAS_LETTER : 0)
                | (allUpper ? ALL_UPPER : 0));
        int base = e * STRIDE;
        Arrays.fill(vectors, base, base + STRIDE, 0f);
        int[] ends = roleEnds;
        int n = 0;
        for (int role = 0; role < FeatureExtractor.ROLES; role++) {
            n += features.wordKeys(role, w, lw, sh, path, embedding, keys, n);
            ends[role] = n;
        }
        sink += model.rowsOf(keys, n, rows); // all roles' look-ups in one batch
        for (int role = 0; role < FeatureExtractor.ROLES; role++) {
            model.addRows(rows, role == 0 ? 0 : ends[role - 1], ends[role], vectors, base + role * TagSet.SIZE);
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void allocate(int capacity) {
        words = new String[capacity];
        lower = new long[capacity];
        shape = new long[capacity];
        shortShape = new long[capacity];
        cluster = new int[capacity];
        lexicon = new int[capacity];
        flags = new byte[capacity];
        uses = new int[capacity];
        vectors = new float[capacity * STRIDE];
        table = new int[Integer.highestOneBit(capacity) << 2];
        size = 0;
    }

    private void grow(int capacity) {
        String[] oldWords = words;
        long[] oldLower = lower;
        long[] oldShape = shape;
        long[] oldShortShape = shortShape;
        int[] oldCluster = cluster;
        int[] oldLexicon = lexicon;
        byte[] oldFlags = flags;
        int[] oldUses = uses;
        float[] oldVectors = vectors;
        int n = size;
        allocate(capacity);
        System.arraycopy(oldWords, 0, words, 0, n);
        System.arraycopy(oldLower, 0, lower, 0, n);
        System.arraycopy(oldShape, 0, shape, 0, n);
        System.arraycopy(oldShortShape, 0, shortShape, 0, n);
        System.arraycopy(oldCluster, 0, cluster, 0, n);
        System.arraycopy(oldLexicon, 0, lexicon, 0, n);
        System.arraycopy(oldFlags, 0, flags, 0, n);
        System.arraycopy(oldUses, 0, uses, 0, n);
        System.arraycopy(oldVectors, 0, vectors, 0, n * STRIDE);
        size = n;
        rehash();
    }

    private void rehash() {
        Arrays.fill(table, 0);
        int mask = table.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = spread(words[e].hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = e + 1;
        }
    }

    /** One sentence's tokens as cache entries plus the per-token values of the context features. */
    static final class Sentence {
        int length;
        String[] words = new String[0];
        int[] entry = new int[0];
        long[] lower = new long[0];
        long[] shape = new long[0];
        long[] shortShape = new long[0];
        int[] cluster = new int[0];
        int[] lexicon = new int[0];
        boolean[] capitalised = new boolean[0];
        int[] gazetteer = new int[0];
        boolean allCaps;
        /** Scratch of the tagger: per token the end of its keys in {@link #keys}. */
        int[] ends = new int[0];
        long[] keys = new long[256];
        int[] rows = new int[256];
        private float[] scores = new float[0];

        long[] keys(int capacity) {
            if (keys.length < capacity) {
                keys = Arrays.copyOf(keys, Math.max(capacity, keys.length * 2));
            }
            return keys;
        }

        int[] rows(int capacity) {
            if (rows.length < capacity) {
                rows = new int[Math.max(capacity, keys.length)];
            }
            return rows;
        }

        /** Room for {@code n} tokens' scores. */
        float[] scores(int n) {
            if (scores.length < n * TagSet.SIZE) {
                scores = new float[Math.max(n, 2 * scores.length / TagSet.SIZE) * TagSet.SIZE];
            }
            return scores;
        }

        void ensure(int n) {
            if (words.length >= n) {
                return;
            }
            int cap = Math.max(n, words.length * 2);
            words = new String[cap];
            entry = new int[cap];
            lower = new long[cap];
            shape = new long[cap];
            shortShape = new long[cap];
            cluster = new int[cap];
            lexicon = new int[cap];
            capitalised = new boolean[cap];
            gazetteer = new int[cap];
            ends = new int[cap];
        }
    }
}
