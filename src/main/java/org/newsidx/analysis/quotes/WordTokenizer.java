package org.newsidx.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a range of text into words and punctuation. A word keeps inner apostrophes, hyphens and dots
 * ("don't", "R-Fla", "U.S."); a possessive "'s" is a token of its own; a final full stop stays on the
 * word when the word is an abbreviation ("Sen.", "Mr.", an initial). Thread-safe.
 */
public final class WordTokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "capt", "sgt", "maj", "adm", "st", "jr", "sr", "rev", "hon", "pres", "prof", "gens", "sens",
            "reps", "messrs", "atty", "supt", "insp", "det", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb",
            "aug", "sept", "sep", "oct", "nov", "dec", "ariz", "calif", "fla", "ga", "ill", "mass", "mich", "minn",
            "penn", "tenn", "tex", "va", "wash", "wis", "ky", "la", "md", "mo", "nev", "okla", "ore", "pa", "conn",
            "colo", "del", "ind", "kan", "neb", "vt", "wyo", "ala", "ark", "miss", "mont");

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))
                        && i > from && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    out.add(new Token(i, i + 2, "'s"));
                    i += 2;
                    continue;
                }
                out.add(new Token(i, i + 1, String.valueOf(c)));
                i++;
                continue;
            }
            int e = i + 1;
            while (e < to) {
                char d = text.charAt(e);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    e++;
                } else if ((d == '-' || d == '.' || isApostrophe(d)) && e + 1 < to
                        && Character.isLetterOrDigit(text.charAt(e + 1))
                        && !(isApostrophe(d) && isPossessiveAt(text, e + 1, to))) {
                    e++;
                } else {
                    break;
                }
            }
            if (e < to && text.charAt(e) == '.' && isAbbreviation(text.substring(i, e))) {
                e++;
            }
            out.add(new Token(i, e, text.substring(i, e)));
            i = e;
        }
        return out;
    }

    private static boolean isPossessiveAt(String text, int i, int to) {
        return (text.charAt(i) == 's' || text.charAt(i) == 'S') && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /** White space, the no-break spaces included (which {@link Character#isWhitespace} leaves out). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean isAbbreviation(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0) {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        String last = hyphen >= 0 ? word.substring(hyphen + 1) : word;
        return ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT)) || hyphen > 0 && last.length() <= 4
                && Character.isUpperCase(word.charAt(0)) && hyphen == 1;
    }
}
