package org.newsidx.analysis.quotes;

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
}
