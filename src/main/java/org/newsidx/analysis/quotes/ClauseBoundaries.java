package org.newsidx.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the clause around a quotation begins and ends: the attribution of a quotation lies between the
 * previous sentence end (or quotation, or paragraph start) and the quotation, or between the quotation
 * and the next sentence end (or quotation, or paragraph end). Sentence ends inside quotation marks do
 * not count. Thread-safe.
 */
final class ClauseBoundaries {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "capt", "sgt", "st", "jr", "sr", "rev", "prof", "no", "vs", "inc", "corp", "co", "ltd",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec", "hon", "atty", "sens", "reps", "messrs");

    private ClauseBoundaries() {
    }

    /** Start of the left context of quotation {@code q}: after the previous sentence end, quotation or line break. */
    static int leftStart(String text, List<QuotedSpan> spans, int q) {
        int floor = q > 0 ? spans.get(q - 1).end() : 0;
        int i = spans.get(q).start() - 1;
        while (i >= floor) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                return i + 1;
            }
            i--;
        }
        return Math.max(floor, 0);
    }

    /** Start of the sentence that contains position {@code end} (after a sentence end or line break). */
    static int sentenceStartBefore(String text, int end) {
        int i = end - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                return i + 1;
            }
            if ((c == '”' || c == '"') && i > 0 && ".?!".indexOf(text.charAt(i - 1)) >= 0 && endsSentence(text, i)) {
                return i + 1; // … social change." And then he promised
            }
            i--;
        }
        return 0;
    }

    /** End of the right context of quotation {@code q}: the next sentence end (included), quotation or line break. */
    static int rightEnd(String text, List<QuotedSpan> spans, int q) {
        int ceiling = q + 1 < spans.size() ? spans.get(q + 1).start() : text.length();
        int i = spans.get(q).end();
        while (i < ceiling) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                return i + 1;
            }
            i++;
        }
        return ceiling;
    }

    /** Whether the previous quotation ends in the same sentence that quotation {@code q} is in. */
    static boolean sameSentenceAsPrevious(String text, List<QuotedSpan> spans, int q) {
        if (q == 0) {
            return false;
        }
        QuotedSpan previous = spans.get(q - 1);
        if (leftStart(text, spans, q) != previous.end()) {
            return false;
        }
        return !innerEndsSentence(text, previous) || previous.end() == spans.get(q).start();
    }

    /** Whether the quoted words end with a full stop (so the sentence ends with the quotation). */
    static boolean innerEndsSentence(String text, QuotedSpan span) {
        int i = span.innerEnd() - 1;
        while (i > span.innerStart() && (text.charAt(i) == ' ' || text.charAt(i) == '’' || text.charAt(i) == '\''
                || text.charAt(i) == '”')) {
            i--;
        }
        char c = text.charAt(i);
        if (c == '.' || c == '…') {
            return true;
        }
        // "...," he said. / ... for now.” — a full stop just after the closing mark also ends it
        return false;
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        if (i + 1 < n && !WordTokenizer.isSpace(text.charAt(i + 1))) {
            return false;
        }
        int j = i + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j < n && Character.isLowerCase(text.charAt(j))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (w > 0 && text.charAt(w - 1) == '.') {
            return false; // U.S.
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
