package org.newsidx.analysis.dates;

/**
 * Hand-written tests of what follows a word, for the {@link WordIndex.Precheck}s of the rules: each is a
 * necessary condition of some part of a pattern (never stricter than the regular expression), so that the
 * pattern is run only where it can match. Case is ignored wherever it is tested.
 */
final class Lookahead {

    private Lookahead() {
    }

    /** Lower-case ASCII words to look for, with the set of their first letters for a quick no. Immutable. */
    static final class Words {

        private final String[] words;
        private final int firstLetters;

        private Words(String... words) {
            this.words = words.clone();
            int mask = 0;
            for (String w : words) {
                char c = w.charAt(0);
                if (c < 'a' || c > 'z' || !w.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
                }
                mask |= 1 << (c - 'a');
            }
            firstLetters = mask;
        }

        static Words of(String... words) {
            return new Words(words);
        }
    }

    /** A regex {@code \s} char (without UNICODE_CHARACTER_CLASS): space, tab, newline, vertical tab, form feed, return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \s+} at {@code pos}, then one of {@code words} (as a prefix of what follows, case ignored). */
    static boolean spaceThen(String text, int pos, Words words) {
        int i = skipSpaces(text, pos);
        return i > pos && startsWithAny(text, i, words);
    }

    /** Where {@code \s*} starting at {@code pos} ends ({@code pos} itself when there is no space). */
    private static int skipSpaces(String text, int pos) {
        int i = pos;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code [\s-]+} at {@code pos}, then one of {@code words} (as a prefix of what follows, case ignored). */
    static boolean spaceOrDashThen(String text, int pos, Words words) {
        int i = skipSpaceOrDash(text, pos);
        return i > pos && startsWithAny(text, i, words);
    }

    /** {@code [\s-]+} at {@code pos}, then a char from {@code lo} to {@code hi}. */
    static boolean spaceOrDashThenChar(String text, int pos, char lo, char hi) {
        int i = skipSpaceOrDash(text, pos);
        if (i == pos || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= lo && c <= hi;
    }

    /** {@code \s+} at {@code pos}, then a char from {@code chars}. */
    static boolean spaceThenCharIn(String text, int pos, String chars) {
        int i = skipSpaces(text, pos);
        return i > pos && i < text.length() && chars.indexOf(text.charAt(i)) >= 0;
    }

    /** {@code text[s, e)} is {@code min} to {@code max} ASCII digits. */
    static boolean asciiDigits(String text, int s, int e, int min, int max) {
        if (e - s < min || e - s > max) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The char at {@code pos} is an ASCII capital letter. */
    static boolean upperAt(String text, int pos) {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        return c >= 'A' && c <= 'Z';
    }

    /** The char at {@code pos} exists and is {@code c}. */
    static boolean charAt(String text, int pos, char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private static int skipSpaceOrDash(String text, int pos) {
        int i = pos;
        int n = text.length();
        while (i < n && (isSpace(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** One of {@code words} at {@code pos}, ASCII case ignored as by a CASE_INSENSITIVE pattern. */
    private static boolean startsWithAny(String text, int pos, Words words) {
        int n = text.length();
        if (pos >= n) {
            return false;
        }
        char first = text.charAt(pos);
        if (first >= 'A' && first <= 'Z') {
            first += 32;
        }
        if (first < 'a' || first > 'z' || (words.firstLetters & 1 << (first - 'a')) == 0) {
            return false;
        }
        for (String w : words.words) {
            if (w.charAt(0) == first && pos + w.length() <= n && sameIgnoringAsciiCase(text, pos, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringAsciiCase(String text, int pos, String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = text.charAt(pos + i);
            if (c != word.charAt(i) && c + 32 != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
