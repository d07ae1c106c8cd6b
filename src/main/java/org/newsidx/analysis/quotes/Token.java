package org.newsidx.analysis.quotes;

import java.util.List;
import java.util.Locale;

/** A word or a punctuation character of the text, {@code [start, end)}. */
public record Token(int start, int end, String text) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    /** Index of the first of {@code tokens} (in text order) that starts at or after {@code offset}. */
    public static int indexAt(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }
}
