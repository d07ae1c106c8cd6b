package org.newsidx.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based English sentence splitter for news text. A line break always ends a sentence; a full
 * stop, question or exclamation mark ends one when the next word starts like a sentence, except after
 * titles ("Mr.", "Sen."), initials ("J. K."), and acronyms ("U.S.") followed by a name.
 * Thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "cpt", "sgt", "maj",
            "adm", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "det", "messrs", "mme", "mlle",
            "no", "nos", "vs", "v", "fig", "figs", "vol", "ch", "art", "approx", "est", "dept", "univ", "assn",
            "inc", "corp", "co", "ltd", "bros", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "rd", "e.g", "i.e", "etc", "cf", "al", "ca",
            "op", "ed", "eds", "govt", "atty", "gens", "reps", "sens");
    /** After these abbreviations a capitalised word is a name, never a new sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "cpt", "sgt", "maj",
            "adm", "cmdr", "st", "rev", "hon", "pres", "supt", "insp", "det", "messrs", "mme", "mlle", "mt", "no",
            "nos", "vs", "v", "fig", "gens", "reps", "sens", "atty");
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
            "These", "Those", "There", "His", "Her", "Their", "Its", "If", "As", "For", "However", "Meanwhile",
            "After", "Before", "When", "While", "Some", "Many", "Most", "According", "Officials", "Police");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0, n);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = skipSpace(text, i + 1, n);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isTerminalTrail(text.charAt(end))) {
                    end++;
                }
                int next = end;
                while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\u00A0')) {
                    next++;
                }
                if (next > end && next < n && text.charAt(next) != '\n' && startsSentence(text, next)
                        && !(c == '.' && isAbbreviation(text, start, i, next))) {
                    add(out, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isTerminalTrail(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ')'
                || c == ']' || c == '»' || c == '“';
    }

    private static boolean startsSentence(String text, int i) {
        char c = text.charAt(i);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        if ((c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '«' || c == '[') && i + 1 < text.length()) {
            char d = text.charAt(i + 1);
            return Character.isUpperCase(d) || Character.isDigit(d);
        }
        return false;
    }

    /** Whether the full stop at {@code dot} ends an abbreviation rather than the sentence. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot, int next) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (TITLES.contains(lower)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. K. Rowling"
        }
        String nextWord = wordAt(text, next);
        boolean acronym = word.indexOf('.') > 0 && word.chars().filter(ch -> ch == '.').count() >= 1
                && word.length() <= 6;
        if (acronym || ABBREVIATIONS.contains(lower)) {
            return !SENTENCE_STARTERS.contains(nextWord);
        }
        return false;
    }

    private static String wordAt(String text, int i) {
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(i, e);
    }

    private static int skipSpace(String text, int i, int n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end));
        }
    }
}
