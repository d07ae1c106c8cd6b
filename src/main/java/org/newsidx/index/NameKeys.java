package org.newsidx.index;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lookup keys under which a facet value can be found by what a user types: the whole name and its
 * final words ("macron" and "emmanuel macron" for "Emmanuel Macron"), and its initials ("eu" for
 * "European Union"), all without case, accents or possessives. Indexed as terms
 * {@code kind + key + SEPARATOR + value}, so that a seek in the term dictionary finds the values.
 */
public final class NameKeys {

    public static final char SEPARATOR = '\u0001';
    public static final char WHOLE = '=';
    public static final char FINAL_WORDS = '~';
    public static final char INITIALS = '^';

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le");

    private NameKeys() {
    }

    /** The field holding a dimension's lookup keys (on article documents). */
    public static String field(String dim) {
        return "k." + dim;
    }

    /** Lower case, no accents, no possessive, words separated by single spaces. */
    public static String normalise(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = POSSESSIVE.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_WORD.matcher(n).replaceAll(" ").strip();
    }

    /** The terms to index for one value. */
    public static Set<String> terms(String value) {
        Set<String> out = new LinkedHashSet<>();
        String n = normalise(value);
        if (n.isEmpty()) {
            return out;
        }
        out.add(term(WHOLE, n, value));
        String[] words = n.split(" ");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!MINOR_WORDS.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        for (int i = 1; i < words.length; i++) {
            if (!MINOR_WORDS.contains(words[i])) {
                out.add(term(FINAL_WORDS, String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), value));
            }
        }
        if (words.length > 1 && initials.length() > 1) {
            out.add(term(INITIALS, initials.toString(), value));
        }
        return out;
    }

    /** The prefix of the terms that a typed name of this kind matches. */
    public static String prefix(char kind, String typed) {
        return kind + normalise(typed) + SEPARATOR;
    }

    private static String term(char kind, String key, String value) {
        return kind + key + SEPARATOR + value;
    }
}
