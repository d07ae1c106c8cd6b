package org.newsidx.analysis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into tokens with offsets into the original text, close to the CoNLL-2003 / Penn
 * Treebank conventions the tagger was trained on: words keep inner hyphens, dots and apostrophes
 * ("UK-EU", "U.S.", "O'Neill"); surrounding punctuation and quotation marks (straight or curly) are
 * tokens of their own; a possessive {@code 's} / {@code ’s} is split off; a final full stop is split off
 * unless the word is an abbreviation. Thread-safe and allocation-light.
 */
public final class NerTokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "maj", "adm",
            "st", "jr", "sr", "rev", "hon", "messrs", "mt", "no", "vs", "v", "inc", "corp", "co", "ltd", "bros",
            "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave",
            "blvd", "rd", "etc", "dept", "gov't", "pct", "approx", "fig", "ft", "mln", "bln");
    /** US state abbreviations of datelines ("GREENWICH, Conn."): abbreviations only when capitalised. */
    private static final Set<String> STATES = Set.of("ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "md", "mass",
            "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
            "wash", "wis", "wyo");

    /** The tokens of {@code text[start, end)}. */
    public List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>((end - start) / 5 + 4);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            int j = i;
            while (j < end && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\u00A0') {
                j++;
            }
            splitChunk(text, i, j, out);
            i = j;
        }
        return out;
    }

    private static void splitChunk(String text, int s, int e, List<Token> out) {
        // leading punctuation, one character per token
        while (s < e && isLeadingPunct(text.charAt(s)) && e - s > 1) {
            out.add(new Token(s, s + 1, text.substring(s, s + 1)));
            s++;
        }
        List<Token> tail = null;
        // trailing punctuation, collected in reverse
        while (e - s > 1) {
            char c = text.charAt(e - 1);
            if (isTrailingPunct(c)) {
                tail = push(tail, new Token(e - 1, e, text.substring(e - 1, e)));
                e--;
            } else if (c == '.' && !isAbbreviation(text, s, e - 1)) {
                tail = push(tail, new Token(e - 1, e, "."));
                e--;
            } else {
                break;
            }
        }
        // possessive 's / ’s and s' / s’
        if (e - s > 2) {
            char a = text.charAt(e - 2);
            char b = text.charAt(e - 1);
            if ((a == '\'' || a == '’') && (b == 's' || b == 'S') && Character.isLetterOrDigit(text.charAt(e - 3))) {
                tail = push(tail, new Token(e - 2, e, text.substring(e - 2, e)));
                e -= 2;
            } else if ((b == '\'' || b == '’') && (a == 's' || a == 'S')) {
                tail = push(tail, new Token(e - 1, e, text.substring(e - 1, e)));
                e -= 1;
            }
        }
        if (e > s) {
            out.add(new Token(s, e, text.substring(s, e)));
        }
        if (tail != null) {
            for (int k = tail.size() - 1; k >= 0; k--) {
                out.add(tail.get(k));
            }
        }
    }

    private static List<Token> push(List<Token> list, Token t) {
        List<Token> l = list == null ? new ArrayList<>(3) : list;
        l.add(t);
        return l;
    }

    private static boolean isLeadingPunct(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '{' || c == '«' || c == '\''
                || c == '„' || c == '<';
    }

    private static boolean isTrailingPunct(char c) {
        return c == '"' || c == '”' || c == '’' || c == ')' || c == ']' || c == '}' || c == '»' || c == ','
                || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '…' || c == '>';
    }

    /** Whether {@code text[s, dot)} followed by a full stop is an abbreviation that keeps its dot. */
    private static boolean isAbbreviation(String text, int s, int dot) {
        int len = dot - s;
        if (len <= 0) {
            return false;
        }
        if (len == 1 && Character.isLetter(text.charAt(s))) {
            return true; // initial: "J."
        }
        for (int k = s; k < dot; k++) {
            if (text.charAt(k) == '.') {
                return true; // "U.S." "N.Y."
            }
        }
        if (len > 6) {
            return false;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (Character.isUpperCase(text.charAt(s)) && STATES.contains(word));
    }
}
