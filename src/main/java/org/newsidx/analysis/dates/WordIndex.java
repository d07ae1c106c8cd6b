package org.newsidx.analysis.dates;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers and trigger words of a text (runs of letters or digits), found in one pass and looked up in the
 * vocabulary without making a string per word, so that each rule tries its patterns only where one of its
 * trigger words starts instead of at every character. Immutable after construction.
 */
final class WordIndex {

    private static final int MAX_WORD = 16;
    private static final int NUMBER = -1;

    /** Which ASCII chars are letters or digits ({@link Character#isLetterOrDigit}). */
    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
        }
    }

    /**
     * A cheap test, before a pattern is run at a word, that the text there can start a match: false only
     * where the pattern cannot match (it must never reject a place where it would).
     */
    @FunctionalInterface
    interface Precheck {

        Precheck NONE = (text, start, end, word) -> true;

        /**
         * @param start the word's start, where the pattern would be anchored
         * @param end   the word's end
         * @param word  the trigger word (lower case), or null for a number
         */
        boolean mayMatch(String text, int start, int end, String word);
    }

    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] ids = new int[64];
    private final Vocabulary vocabulary;
    private int size;

    /**
     * @param vocabulary the lower-case words worth remembering; other words (except numbers) are left out
     */
    WordIndex(String text, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.text = text;
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int s = i;
            if (c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c)) {
                while (i < n && isWordChar(chars[i])) {
                    i++;
                }
                add(s, i, NUMBER);
                continue;
            }
            int hash = 0;
            boolean ascii = true;
            while (i < n && isWordChar(c = chars[i])) {
                if (c >= 128) {
                    ascii = false;
                }
                hash = Vocabulary.step(hash, c);
                i++;
            }
            if (i - s > MAX_WORD) {
                continue;
            }
            int id = ascii ? vocabulary.find(chars, s, i, hash) : vocabulary.find(text, s, i);
            if (id >= 0) {
                add(s, i, id);
            }
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }

    private void add(int s, int e, int id) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        starts[size] = s;
        ends[size] = e;
        ids[size] = id;
        size++;
    }

    /** How many words are kept: numbers and vocabulary words. */
    int size() {
        return size;
    }

    /** The kept word at {@code index} as written in the text. */
    String word(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** The kept word at {@code index} in lower case as in the vocabulary, or null for a number. */
    String vocabularyWord(int index) {
        return ids[index] == NUMBER ? null : vocabulary.word(ids[index]);
    }

    /**
     * Runs {@code pattern} anchored at every word that is in {@code triggers} or, when {@code digits}, starts
     * with a digit, and where {@code precheck} allows it; hands each match to {@code action}. Matches do not
     * overlap.
     */
    void forEachMatch(Pattern pattern, WordSet triggers, boolean digits, Precheck precheck, Consumer<Matcher> action) {
        Matcher m = null;
        int next = 0;
        for (int w = 0; w < size; w++) {
            int s = starts[w];
            if (s < next) {
                continue;
            }
            int id = ids[w];
            if (id == NUMBER ? !digits : !triggers.contains(id)) {
                continue;
            }
            if (!precheck.mayMatch(text, s, ends[w], id == NUMBER ? null : vocabulary.word(id))) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                action.accept(m);
                next = Math.max(m.end(), s + 1);
            }
        }
    }
}
