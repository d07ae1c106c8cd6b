package org.newsidx.analysis.quotes;

import java.util.List;
import java.util.Set;

/**
 * Tells quoted strings that nobody is reported to say from quotations: titles of shows and films
 * ("On “Sunday Politics,” the minister said"), scare quotes ("the “smart” motorways"), markup attribute
 * values ({@code author="x"}), strings without words. Thread-safe.
 */
final class NonQuotationDetector {

    private static final Set<String> TITLE_CONTEXT = Set.of("on", "of", "in", "titled", "entitled", "named",
            "headlined", "dubbed", "'s", "film", "show", "book", "documentary", "program", "programme", "series",
            "song", "album", "movie", "column", "episode", "article", "op-ed", "essay", "headline", "slogan",
            "website", "magazine", "newspaper", "nickname", "the", "a", "an", "his", "her", "their", "its", "to",
            "and", "so-called", "at", "for", "from", "with", "by");
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "by", "from", "as", "is", "vs", "v", "de", "la", "le");
    /** An unattributed quoted string needs this many words to count: one or two are scare quotes. */
    private static final int UNATTRIBUTED_MIN = 3;

    private final WordTokenizer tokenizer = new WordTokenizer();

    /**
     * Whether the quoted string is not a quotation, given its attribution (null when none was found; a
     * title-like string counts only with a reporting verb, and not after "on", "of", "titled"...).
     */
    boolean isNotQuotation(String text, QuotedSpan span, Attribution attribution) {
        boolean attributed = attribution != null;
        boolean cued = attributed && attribution.cue() != null;
        if (isMarkup(text, span) || isBylinedTitle(text, span)) {
            return true;
        }
        int words = countWords(text, span, 10);
        if (words == 0) {
            return true;
        }
        List<Token> inner = words > 8 ? List.of() : tokenizer.tokenize(text, span.innerStart(), span.innerEnd());
        Token before = lastTokenBefore(text, span.start());
        if (before != null && before.lower().equals("so-called")) {
            return true;
        }
        if (!attributed) {
            return words < UNATTRIBUTED_MIN || isTitleLike(inner);
        }
        if (words <= 8 && isTitleLike(inner) && (!cued || before != null && TITLE_CONTEXT.contains(before.lower()))) {
            return true;
        }
        return false;
    }

    /** The number of words (starting with a letter) between the marks, counting no further than {@code max}. */
    private static int countWords(String text, QuotedSpan span, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = span.innerStart(); i < span.innerEnd() && words < max; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord && Character.isLetter(c)) {
                    words++;
                }
                inWord = true;
            } else if (c != '\'' && c != '’' && c != '-') {
                inWord = false;
            }
        }
        return words;
    }

    /** A headline with its byline: {@code "Theatre to close in May," by the Post's Jane Doe}. */
    private static boolean isBylinedTitle(String text, QuotedSpan span) {
        int i = span.end();
        if (i < text.length() && text.charAt(i) == ',') {
            i++;
        }
        return text.startsWith(" by ", i) && i + 4 < text.length() && Character.isUpperCase(text.charAt(i + 4));
    }

    /** An attribute value in markup: {@code author="x"}. */
    private static boolean isMarkup(String text, QuotedSpan span) {
        int i = span.start() - 1;
        while (i >= 0 && WordTokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '=';
    }

    /** Every word of at least four letters capitalised, and the first word too: a title. */
    private static boolean isTitleLike(List<Token> inner) {
        boolean first = true;
        int capitalised = 0;
        for (Token t : inner) {
            if (!t.isWord()) {
                continue;
            }
            if (first && !t.isCapitalised()) {
                return false;
            }
            first = false;
            if (t.isCapitalised() || Character.isDigit(t.text().charAt(0))) {
                capitalised++;
            } else if (!MINOR_WORDS.contains(t.lower()) && t.text().length() >= 4) {
                return false;
            }
        }
        return capitalised > 0 && !endsLikeSentence(inner);
    }

    private static boolean endsLikeSentence(List<Token> inner) {
        if (inner.isEmpty()) {
            return false;
        }
        Token last = inner.get(inner.size() - 1);
        return last.is("?") || last.is("!");
    }

    private Token lastTokenBefore(String text, int position) {
        int from = Math.max(0, position - 40);
        List<Token> tokens = tokenizer.tokenize(text, from, position);
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    }
}
