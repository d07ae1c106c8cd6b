package org.newsidx.analysis.dates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers and trigger words of a text (runs of letters or digits), lower-cased once, so that each rule
 * tries its patterns only where one of its trigger words starts instead of at every character. Immutable
 * after construction.
 */
final class WordIndex {

    private static final int MAX_WORD = 16;

    private final String text;
    private final Set<String> vocabulary;
    private int[] starts = new int[64];
    private String[] lower = new String[64];
    private int size;

    /**
     * @param vocabulary the lower-case words worth remembering; other words (except numbers) are left out
     */
    WordIndex(String text, Set<String> vocabulary) {
        this.vocabulary = vocabulary;
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            add(s, i);
        }
    }

    private void add(int s, int e) {
        String word = "";
        if (!Character.isDigit(text.charAt(s))) {
            if (e - s > MAX_WORD) {
                return;
            }
            word = text.substring(s, e).toLowerCase(Locale.ROOT);
            if (!vocabulary.contains(word)) {
                return;
            }
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lower = Arrays.copyOf(lower, size * 2);
        }
        starts[size] = s;
        lower[size] = word;
        size++;
    }

    /**
     * Runs {@code pattern} anchored at every word that is in {@code triggers} (lower case) or, when
     * {@code digits}, starts with a digit; hands each match to {@code action}. Matches do not overlap.
     */
    void forEachMatch(Pattern pattern, Set<String> triggers, boolean digits, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int next = 0;
        for (int w = 0; w < size; w++) {
            int s = starts[w];
            if (s < next) {
                continue;
            }
            boolean trigger = digits && Character.isDigit(text.charAt(s)) || triggers.contains(lower[w]);
            if (!trigger) {
                continue;
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                action.accept(m);
                next = Math.max(m.end(), s + 1);
            }
        }
    }
}
