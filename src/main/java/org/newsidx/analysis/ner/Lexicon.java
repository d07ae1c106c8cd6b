package org.newsidx.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Gazetteer membership for the tagger's features: which token spans of a sentence are (case-insensitively)
 * a country, city, region, given name, organisation suffix or person title. Compiled by {@link GazetteerBuilder}
 * from the resources {@code gazetteer.tsv}, {@code name-cues.tsv}, {@code organisations.tsv} and {@code world-regions.tsv} into {@code lexicon.bin} (phrase hashes),
 * which is what loads at run time. Immutable, thread-safe.
 */
final class Lexicon {

    static final String[] CATEGORIES = {"COUNTRY", "CITY", "REGION", "GIVEN_NAME", "ORG_SUFFIX", "PERSON_TITLE",
            "ORGANISATION"};
    static final int MAX_PHRASE = 5;
    /** Indexes into {@link #CATEGORIES}. */
    static final int COUNTRY = 0;
    static final int CITY = 1;
    static final int REGION = 2;
    static final int GIVEN_NAME = 3;
    static final int ORGANISATION = 6;
    private static final String[] RESOURCES = {"gazetteer.tsv", "name-cues.tsv", "organisations.tsv", "world-regions.tsv"};
    private static final String COMPILED = "lexicon.bin";

    /**
     * In {@link #phrases}: the phrase is the beginning of a longer entry. Lets {@link #mark} stop extending
     * a phrase as soon as no entry can start with it.
     */
    static final int PREFIX = 1 << 30;
    private static final int CATEGORY_BITS = (1 << CATEGORIES.length) - 1;
    /** Present (in a lexicon compiled with {@link #PREFIX} marks) under this key. */
    private static final long PREFIXES_MARKED = StringHash.of("<lexicon: prefixes marked>");

    /** Phrase hash (of lower-cased token hashes) -> category bit set, plus {@link #PREFIX}. */
    private final LongIntMap phrases;
    /** Whether {@link #PREFIX} marks are present; without them every phrase up to MAX_PHRASE is looked up. */
    private final boolean prefixesMarked;

    private Lexicon(LongIntMap phrases) {
        this.phrases = phrases;
        this.prefixesMarked = phrases.get(PREFIXES_MARKED, 0) != 0;
    }

    /** The compiled lexicon resource {@code lexicon.bin} (written by {@link GazetteerBuilder}). */
    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newsidx/ner/" + COMPILED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMPILED);
            }
            java.nio.ByteBuffer b;
            try (java.util.zip.GZIPInputStream gz = new java.util.zip.GZIPInputStream(in, 1 << 16)) {
                b = java.nio.ByteBuffer.wrap(gz.readAllBytes());
            }
            LongIntMap map = LongIntMap.read(b);
            return new Lexicon(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lexicon compiled from the text resources in {@code dir} to {@code dir/lexicon.bin}. */
    static void compile(java.nio.file.Path dir) throws IOException {
        Lexicon lexicon = fromText(dir);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(COMPILED)))))) {
            lexicon.phrases.write(out);
        }
    }

    private static Lexicon fromText(java.nio.file.Path dir) throws IOException {
        LongIntMap map = new LongIntMap(1 << 17);
        NerTokenizer tokenizer = new NerTokenizer();
        for (String resource : RESOURCES) {
            try (InputStream in = java.nio.file.Files.newInputStream(dir.resolve(resource))) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    int category = categoryIndex(line.substring(0, tab));
                    String name = line.substring(tab + 1);
                    List<Token> tokens = tokenizer.tokenize(name, 0, name.length());
                    if (category < 0 || tokens.isEmpty() || tokens.size() > MAX_PHRASE) {
                        continue;
                    }
                    long h = 0;
                    for (int k = 0; k < tokens.size(); k++) {
                        h = StringHash.phrase(h, StringHash.lower(tokens.get(k).text()));
                        if (k + 1 < tokens.size()) {
                            map.put(h, map.get(h, 0) | PREFIX);
                        }
                    }
                    map.put(h, map.get(h, 0) | (1 << category));
                }
            }
        }
        map.put(PREFIXES_MARKED, PREFIX);
        return new Lexicon(map);
    }

    private static int categoryIndex(String name) {
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (CATEGORIES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Per token, bits {@code 2*category} (token is inside a match of that category) and
     * {@code 2*category+1} (token begins a multi-token match), using the longest match at each start.
     */
    void mark(long[] lowerHashes, int n, int[] flags) {
        mark(lowerHashes, null, n, flags);
    }

    /** The value of the one-word phrase {@code lowerHash} (categories and {@link #PREFIX}), for {@link #mark}. */
    int word(long lowerHash) {
        return phrases.get(StringHash.phrase(0, lowerHash), 0);
    }

    /**
     * As {@link #mark(long[], int, int[])}, with the tokens' {@link #word} values given ({@code words} may be
     * null).
     */
    void mark(long[] lowerHashes, int[] words, int n, int[] flags) {
        java.util.Arrays.fill(flags, 0, n, 0);
        for (int i = 0; i < n; i++) {
            long h = 0;
            int limit = Math.min(n, i + MAX_PHRASE);
            for (int j = i; j < limit; j++) {
                h = StringHash.phrase(h, lowerHashes[j]);
                int value = j == i && words != null ? words[i] : phrases.get(h, 0);
                int cats = value & CATEGORY_BITS;
                for (int c = 0; cats != 0 && c < CATEGORIES.length; c++) {
                    if ((cats & (1 << c)) != 0) {
                        for (int k = i; k <= j; k++) {
                            flags[k] |= 1 << (2 * c);
                        }
                        if (j > i) {
                            flags[i] |= 1 << (2 * c + 1);
                        }
                    }
                }
                if (prefixesMarked && (value & PREFIX) == 0) {
                    break;
                }
            }
        }
    }

    /** Whether the lower-cased token sequence is an entry of {@code category}. */
    boolean contains(long[] lowerHashes, int from, int to, int category) {
        long h = 0;
        for (int k = from; k < to; k++) {
            h = StringHash.phrase(h, lowerHashes[k]);
        }
        return (phrases.get(h, 0) & (1 << category)) != 0;
    }
}
