package org.newsidx.analysis.ner;

import java.util.List;

/**
 * The tagger's features as 64-bit hashed keys: word, lower case, shape, affixes, a ±2 word window,
 * capitalisation pattern of the window, sentence-initial flag, gazetteer membership, word clusters (context
 * clusters of the word and its neighbours, embedding clusters of the ±2 window), the two previous tags and
 * the document's earlier decisions for the same word. Thread-safe.
 */
final class FeatureExtractor {

    static final int MAX_FEATURES = 128;
    /** Where gazetteer features stop: the count {@link #extract} may have reached before adding them. */
    private static final int GAZETTEER_LIMIT = 80;
    private static final long NONE = StringHash.of("<none>");
    private static final long BOS = StringHash.of("<s>");
    private static final long EOS = StringHash.of("</s>");
    private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};
    private static final int[] EMBEDDING_PREFIXES = {4, 8, 12, 16};
    /** Template of the embedding cluster of token i; i+d has this plus d (44 ... 48). */
    private static final int EMBEDDING_TEMPLATE = 46;

    private final Lexicon lexicon;
    private final WordClusters clusters;
    private final WordClusters embeddings;

    FeatureExtractor(Lexicon lexicon, WordClusterTables tables) {
        this.lexicon = lexicon;
        this.clusters = tables.context();
        this.embeddings = tables.embedding();
    }

    PreparedSentence prepare(List<String> tokens) {
        int n = tokens.size();
        String[] words = tokens.toArray(new String[0]);
        long[] word = new long[n];
        long[] lower = new long[n];
        long[] shape = new long[n];
        long[] shortShape = new long[n];
        long[][] affixes = new long[n][8];
        int[] gaz = new int[n];
        boolean[] cap = new boolean[n];
        int[] cluster = new int[n];
        int[] embedding = new int[n];
        int letters = 0;
        int upperWords = 0;
        for (int i = 0; i < n; i++) {
            String w = words[i];
            word[i] = StringHash.of(w);
            lower[i] = StringHash.lower(w);
            shape[i] = StringHash.of(WordShape.longShape(w));
            shortShape[i] = StringHash.of(WordShape.shortShape(w));
            int len = w.length();
            for (int k = 1; k <= 4; k++) {
                affixes[i][k - 1] = k <= len ? StringHash.lower(w, 0, k) : NONE;
                affixes[i][3 + k] = k <= len ? StringHash.lower(w, len - k, len) : NONE;
            }
            cap[i] = len > 0 && Character.isUpperCase(w.charAt(0));
            cluster[i] = clusterOf(lower[i]);
            embedding[i] = embeddingOf(lower[i]);
            boolean hasLetter = false;
            boolean allUpper = true;
            for (int k = 0; k < len; k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    hasLetter = true;
                    if (!Character.isUpperCase(c)) {
                        allUpper = false;
                    }
                }
            }
            if (hasLetter) {
                letters++;
                if (allUpper) {
                    upperWords++;
                }
            }
        }
        lexicon.mark(lower, n, gaz);
        boolean allCaps = letters >= 2 && upperWords * 10 >= letters * 8;
        return new PreparedSentence(words, word, lower, shape, shortShape, affixes, gaz, cap, cluster, embedding, allCaps);
    }

    /** Writes the feature keys of token {@code i} into {@code out}; returns how many. */
    int extract(PreparedSentence s, int i, int prev1, int prev2, DocumentMemory memory, long[] out) {
        int n = 0;
        long lw = s.lower[i];
        long l1 = at(s.lower, i - 1, s.length);
        long l2 = at(s.lower, i - 2, s.length);
        long r1 = at(s.lower, i + 1, s.length);
        long r2 = at(s.lower, i + 2, s.length);
        long sh = s.shape[i];
        out[n++] = StringHash.feature(0, 0);
        out[n++] = StringHash.feature(1, s.word[i]);
        out[n++] = StringHash.feature(2, lw);
        out[n++] = StringHash.feature(3, l1);
        out[n++] = StringHash.feature(4, r1);
        out[n++] = StringHash.feature(5, l2);
        out[n++] = StringHash.feature(6, r2);
        out[n++] = StringHash.feature(7, sh);
        out[n++] = StringHash.feature(8, at(s.shape, i - 1, s.length));
        out[n++] = StringHash.feature(9, at(s.shape, i + 1, s.length));
        out[n++] = StringHash.feature(10, at(s.shortShape, i - 1, s.length),
                StringHash.phrase(s.shortShape[i], at(s.shortShape, i + 1, s.length)));
        for (int k = 0; k < 8; k++) {
            out[n++] = StringHash.feature(11 + k, s.affixes[i][k]);
        }
        out[n++] = StringHash.feature(19, l1, lw);
        out[n++] = StringHash.feature(20, lw, r1);
        out[n++] = StringHash.feature(21, prev1);
        out[n++] = StringHash.feature(22, prev1, prev2);
        out[n++] = StringHash.feature(23, prev1, lw);
        out[n++] = StringHash.feature(24, prev1, sh);
        boolean initial = i == 0 || (i == 1 && !Character.isLetterOrDigit(s.words[0].charAt(0)));
        out[n++] = StringHash.feature(25, initial ? 1 : 0, sh);
        if (initial) {
            out[n++] = StringHash.feature(26, lw);
        }
        n = gazetteerFeatures(27, s, i, out, n);
        if (i > 0) {
            n = gazetteerFeatures(28, s, i - 1, out, n);
        }
        if (i + 1 < s.length) {
            n = gazetteerFeatures(29, s, i + 1, out, n);
        }
        if (memory != null && s.capitalised[i]) {
            n = memoryKeys(memory.counts(lw), sh, out, n);
        }
        out[n++] = StringHash.feature(32, s.allCaps ? 1 : 0, sh);
        out[n++] = StringHash.feature(33, l1, sh);
        out[n++] = StringHash.feature(34, sh, r1);
        if (s.cluster[i] >= 0 || clusters != null) {
            n = clusterFeatures(35, s, i, out, n);
            n = clusterFeatures(36, s, i - 1, out, n);
            n = clusterFeatures(37, s, i + 1, out, n);
        }
        int capPattern = 0;
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            capPattern = capPattern * 3 + (j < 0 || j >= s.length ? 2 : s.capitalised[j] ? 1 : 0);
        }
        out[n++] = StringHash.feature(38, capPattern);
        out[n++] = StringHash.feature(39, capPattern, initial ? 1 : 0);
        out[n++] = StringHash.feature(40, prev1, r1);
        if (clusters != null) {
            int cap = s.cluster[i] < 0 ? 0 : WordClusters.capitalisation(s.cluster[i]);
            out[n++] = StringHash.feature(42, cap, (s.capitalised[i] ? 2 : 0) + (initial ? 1 : 0));
            out[n++] = StringHash.feature(43, cap, sh);
        }
        for (int j = Math.max(0, i - 2); j <= Math.min(s.length - 1, i + 2); j++) {
            n = embeddingKeys(EMBEDDING_TEMPLATE + j - i, s.embedding[j], out, n);
        }
        return n;
    }

    /** Embedding-cluster keys of a word in the window; none when the model has no embedding clusters. */
    private int embeddingKeys(int template, int path, long[] out, int n) {
        return embeddings == null ? n : clusterKeys(template, path, EMBEDDING_PREFIXES, out, n);
    }

    // The roles of a word's cached weight vectors (WordVectorCache): the templates that depend on one
    // token only, by the token's position relative to the tagged token i. Together with staticKeys, prevTagKeys and tagWordKeys they
    // are exactly the keys extract() writes (FeatureExtractorPartitionTest checks it).
    /** Templates 0, 1, 2, 7, 11-18, 35, 43 and 46 of token i. */
    static final int SELF = 0;
    /** Templates 25, 32 and 42 of token i as they are when i is not sentence-initial and the sentence not all caps. */
    static final int SELF_TYPICAL = 1;
    /** Templates 3, 8, 36 and 45: the word as token i-1. */
    static final int PREV1 = 2;
    /** Templates 4, 9, 37 and 47: the word as token i+1. */
    static final int NEXT1 = 3;
    /** Templates 5 and 44: the word as token i-2. */
    static final int PREV2 = 4;
    /** Templates 6 and 48: the word as token i+2. */
    static final int NEXT2 = 5;
    /** Templates 23 and 24 of token i when the previous tag is O. */
    static final int SELF_AFTER_O = 6;
    /** Template 40: the word as token i+1 when the previous tag (of token i-1) is O. */
    static final int NEXT1_AFTER_O = 7;
    static final int ROLES = 8;

    Lexicon lexicon() {
        return lexicon;
    }

    /** The context-cluster path of a word as {@link #prepare} computes it, or -1. */
    int clusterOf(long lowerHash) {
        return clusters == null ? -1 : clusters.pathOf(lowerHash);
    }

    /** The embedding-cluster path of a word as {@link #prepare} computes it, or -1. */
    int embeddingOf(long lowerHash) {
        return embeddings == null ? -1 : embeddings.pathOf(lowerHash);
    }

    /**
     * The keys of the templates of {@code role} that depend on word {@code w} alone; {@code lower},
     * {@code shape}, {@code cluster} and {@code embedding} are the word's hashes and paths as {@link #prepare}
     * computes them. Writes from {@code out[from]}; returns how many.
     */
    int wordKeys(int role, String w, long lower, long shape, int cluster, int embedding, long[] out, int from) {
        int n = from;
        switch (role) {
            case SELF -> {
                out[n++] = StringHash.feature(0, 0);
                out[n++] = StringHash.feature(1, StringHash.of(w));
                out[n++] = StringHash.feature(2, lower);
                out[n++] = StringHash.feature(7, shape);
                int len = w.length();
                for (int k = 1; k <= 4; k++) {
                    out[n++] = StringHash.feature(10 + k, k <= len ? StringHash.lower(w, 0, k) : NONE);
                }
                for (int k = 1; k <= 4; k++) {
                    out[n++] = StringHash.feature(14 + k, k <= len ? StringHash.lower(w, len - k, len) : NONE);
                }
                if (clusters != null) {
                    n = clusterKeys(35, cluster, out, n);
                    out[n++] = StringHash.feature(43, cluster < 0 ? 0 : WordClusters.capitalisation(cluster), shape);
                }
                n = embeddingKeys(EMBEDDING_TEMPLATE, embedding, out, n);
            }
            case SELF_TYPICAL -> {
                out[n++] = StringHash.feature(25, 0, shape);
                out[n++] = StringHash.feature(32, 0, shape);
                if (clusters != null) {
                    int cap = cluster < 0 ? 0 : WordClusters.capitalisation(cluster);
                    out[n++] = StringHash.feature(42, cap, capitalised(w) ? 2 : 0);
                }
            }
            case PREV1, NEXT1 -> {
                out[n++] = StringHash.feature(role == PREV1 ? 3 : 4, lower);
                out[n++] = StringHash.feature(role == PREV1 ? 8 : 9, shape);
                if (clusters != null) {
                    n = clusterKeys(role == PREV1 ? 36 : 37, cluster, out, n);
                }
                n = embeddingKeys(EMBEDDING_TEMPLATE + (role == PREV1 ? -1 : 1), embedding, out, n);
            }
            case PREV2, NEXT2 -> {
                out[n++] = StringHash.feature(role == PREV2 ? 5 : 6, lower);
                n = embeddingKeys(EMBEDDING_TEMPLATE + (role == PREV2 ? -2 : 2), embedding, out, n);
            }
            case SELF_AFTER_O -> {
                out[n++] = StringHash.feature(23, TagSet.O, lower);
                out[n++] = StringHash.feature(24, TagSet.O, shape);
            }
            case NEXT1_AFTER_O -> out[n++] = StringHash.feature(40, TagSet.O, lower);
            default -> throw new IllegalArgumentException("role " + role);
        }
        return n - from;
    }

    /** The keys of {@code role} (PREV1 ... NEXT2, NEXT1_AFTER_O) when that position is before or after the sentence. */
    static int boundaryKeys(int role, long[] out) {
        int n = 0;
        switch (role) {
            case PREV1 -> {
                out[n++] = StringHash.feature(3, BOS);
                out[n++] = StringHash.feature(8, BOS);
            }
            case NEXT1 -> {
                out[n++] = StringHash.feature(4, EOS);
                out[n++] = StringHash.feature(9, EOS);
            }
            case PREV2 -> out[n++] = StringHash.feature(5, BOS);
            case NEXT2 -> out[n++] = StringHash.feature(6, EOS);
            case NEXT1_AFTER_O -> out[n++] = StringHash.feature(40, TagSet.O, EOS);
            default -> {
            }
        }
        return n;
    }

    static long shapeHash(String w) {
        return StringHash.of(WordShape.longShape(w));
    }

    static long shortShapeHash(String w) {
        return StringHash.of(WordShape.shortShape(w));
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Whether token i starts the sentence (possibly after one leading punctuation token). */
    static boolean initial(String[] words, int i) {
        return i == 0 || (i == 1 && !Character.isLetterOrDigit(words[0].charAt(0)));
    }

    /** Whether the word vectors of role SELF_TYPICAL apply to token i. */
    static boolean typical(WordVectorCache.Sentence s, int i) {
        return !s.allCaps && !initial(s.words, i);
    }

    /**
     * The keys of token {@code i} that depend on more than one word, or on the sentence or the document, but
     * not on the previous tags, written from {@code out[from]}; returns how many. With {@link #prevTagKeys},
     * {@link #tagWordKeys} and the {@link #wordKeys} of tokens i-2 ... i+2 they are exactly what
     * {@link #extract} writes. Writes at most {@link #MAX_FEATURES}.
     */
    int staticKeys(WordVectorCache.Sentence s, int i, DocumentMemory memory, long[] out, int from) {
        int n = from;
        int len = s.length;
        long lw = s.lower[i];
        long l1 = at(s.lower, i - 1, len);
        long r1 = at(s.lower, i + 1, len);
        long sh = s.shape[i];
        out[n++] = StringHash.feature(10, at(s.shortShape, i - 1, len),
                StringHash.phrase(s.shortShape[i], at(s.shortShape, i + 1, len)));
        out[n++] = StringHash.feature(19, l1, lw);
        out[n++] = StringHash.feature(20, lw, r1);
        boolean initial = initial(s.words, i);
        if (initial || s.allCaps) {
            out[n++] = StringHash.feature(25, initial ? 1 : 0, sh);
            if (initial) {
                out[n++] = StringHash.feature(26, lw);
            }
            out[n++] = StringHash.feature(32, s.allCaps ? 1 : 0, sh);
            if (clusters != null) {
                int cap = s.cluster[i] < 0 ? 0 : WordClusters.capitalisation(s.cluster[i]);
                out[n++] = StringHash.feature(42, cap, (s.capitalised[i] ? 2 : 0) + (initial ? 1 : 0));
            }
        }
        // extract() stops adding gazetteer features when its count reaches GAZETTEER_LIMIT; its count is
        // 26 (+1 if initial) here, so the same limit in this count is:
        int limit = GAZETTEER_LIMIT - (26 + (initial ? 1 : 0) - (n - from)) + from;
        n = gazetteerKeys(27, s.gazetteer[i], s.shortShape[i], out, n, limit);
        if (i > 0) {
            n = gazetteerKeys(28, s.gazetteer[i - 1], 0, out, n, limit);
        }
        if (i + 1 < len) {
            n = gazetteerKeys(29, s.gazetteer[i + 1], 0, out, n, limit);
        }
        if (memory != null && s.capitalised[i]) {
            n = memoryKeys(memory.counts(lw), sh, out, n);
        }
        out[n++] = StringHash.feature(33, l1, sh);
        out[n++] = StringHash.feature(34, sh, r1);
        int capPattern = 0;
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            capPattern = capPattern * 3 + (j < 0 || j >= len ? 2 : s.capitalised[j] ? 1 : 0);
        }
        out[n++] = StringHash.feature(38, capPattern);
        out[n++] = StringHash.feature(39, capPattern, initial ? 1 : 0);
        return n - from;
    }

    /** The keys that depend on the previous tags alone (templates 21 and 22). */
    static int prevTagKeys(int prev1, int prev2, long[] out) {
        out[0] = StringHash.feature(21, prev1);
        out[1] = StringHash.feature(22, prev1, prev2);
        return 2;
    }

    /** The keys that combine the previous tag with token i or i+1 (templates 23, 24 and 40). */
    static int tagWordKeys(WordVectorCache.Sentence s, int i, int prev1, long[] out, int from) {
        out[from] = StringHash.feature(23, prev1, s.lower[i]);
        out[from + 1] = StringHash.feature(24, prev1, s.shape[i]);
        out[from + 2] = StringHash.feature(40, prev1, at(s.lower, i + 1, s.length));
        return 3;
    }

    /**
     * Document memory (30, 31): the classes the tagger gave the same capitalised word earlier in the
     * article, and the most frequent one with the word's shape; none when the word is new here.
     */
    private static int memoryKeys(int[] counts, long shape, long[] out, int n) {
        if (counts == null) {
            return n;
        }
        int best = -1;
        for (int c = 0; c <= TagSet.CLASS_COUNT; c++) {
            if (counts[c] > 0) {
                out[n++] = StringHash.feature(30, c);
                if (best < 0 || counts[c] > counts[best]) {
                    best = c;
                }
            }
        }
        out[n++] = StringHash.feature(31, best, shape);
        return n;
    }

    private static int gazetteerKeys(int template, int flags, long shortShape, long[] out, int n, int limit) {
        while (flags != 0 && n < limit) {
            int bit = Integer.numberOfTrailingZeros(flags);
            flags &= flags - 1;
            out[n++] = StringHash.feature(template, bit);
            if (template == 27) {
                out[n++] = StringHash.feature(41, bit, shortShape);
            }
        }
        return n;
    }

    private static int clusterKeys(int template, int path, long[] out, int n) {
        return clusterKeys(template, path, CLUSTER_PREFIXES, out, n);
    }

    /** The keys of a word's cluster path cut at each of {@code prefixes}, or the "no cluster" key. */
    private static int clusterKeys(int template, int path, int[] prefixes, long[] out, int n) {
        if (path < 0) {
            out[n++] = StringHash.feature(template, -1);
            return n;
        }
        for (int len : prefixes) {
            out[n++] = StringHash.feature(template, len * 0x1000000L + WordClusters.prefix(path, len));
        }
        return n;
    }

    private int gazetteerFeatures(int template, PreparedSentence s, int i, long[] out, int n) {
        int flags = s.gazetteer[i];
        while (flags != 0 && n < GAZETTEER_LIMIT) {
            int bit = Integer.numberOfTrailingZeros(flags);
            flags &= flags - 1;
            out[n++] = StringHash.feature(template, bit);
            if (template == 27) {
                out[n++] = StringHash.feature(41, bit, s.shortShape[i]);
            }
        }
        return n;
    }

    private int clusterFeatures(int template, PreparedSentence s, int i, long[] out, int n) {
        if (i < 0 || i >= s.length) {
            return n;
        }
        return clusterKeys(template, s.cluster[i], out, n);
    }

    private static long at(long[] a, int i, int n) {
        return i < 0 ? BOS : i >= n ? EOS : a[i];
    }
}
