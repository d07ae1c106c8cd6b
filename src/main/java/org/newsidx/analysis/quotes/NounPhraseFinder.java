package org.newsidx.analysis.quotes;

import static org.newsidx.analysis.quotes.AttributionVocabulary.BETWEEN_SUBJECT_AND_VERB;
import static org.newsidx.analysis.quotes.AttributionVocabulary.CAPITALISED_FUNCTION_WORDS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.DETERMINERS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.GROUP_PRONOUNS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.INNER_PREPOSITIONS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.NOT_IN_NOUN_PHRASE;
import static org.newsidx.analysis.quotes.AttributionVocabulary.PERSON_PRONOUNS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.TIME_WORDS;

import java.util.List;

/**
 * Finds the noun phrase that names a speaker next to a reporting verb, on tokens: the subject before the
 * verb ("Mr Macron, during the summit, said" gives "Mr Macron") or the inverted subject after it
 * ("said a UK Government spokeswoman"). Thread-safe.
 */
final class NounPhraseFinder {

    private static final int MAX_PHRASE = 9;
    private final ReportingVerbs verbs;

    NounPhraseFinder(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    /** The subject of the verb at {@code verb}, looking back no further than {@code floor}; null if none. */
    Mention subjectBefore(List<Token> tokens, int verb, int floor) {
        int k = verb - 1;
        while (k >= floor && skippable(tokens, k)) {
            k--;
        }
        if (k < floor) {
            return null;
        }
        Token t = tokens.get(k);
        if (t.is(",") || t.is("—") || t.is("–")) {
            return beforeAppositive(tokens, k, floor);
        }
        if (t.is(")")) {
            int open = findBack(tokens, k, floor, "(");
            if (open > floor) {
                Mention m = phraseEndingAt(tokens, open - 1, floor);
                return m == null ? null : new Mention(m.start(), t.end());
            }
            return null;
        }
        String lower = t.lower();
        if (lower.equals("and") || lower.equals("but")) {
            return subjectOfCoordination(tokens, k, floor);
        }
        if ((lower.equals("who") || lower.equals("which")) && k - 1 >= floor && tokens.get(k - 1).is(",")) {
            return beforeAppositive(tokens, k - 1, floor);
        }
        return phraseEndingAt(tokens, k, floor);
    }

    /** "I laughed and said": the subject of the first of two coordinated verbs. */
    private Mention subjectOfCoordination(List<Token> tokens, int and, int floor) {
        for (int k = and - 1; k >= floor && and - k <= 12; k--) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(":") || t.is(".")) {
                return null;
            }
            String l = t.lower();
            if ((PERSON_PRONOUNS.contains(l) || l.equals("they") || l.equals("we")) && k + 1 < and
                    && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalised()) {
                return new Mention(t.start(), t.end());
            }
            if (t.isWord() && t.isCapitalised() && k + 1 < and && tokens.get(k + 1).isWord()
                    && !tokens.get(k + 1).isCapitalised() && !tokens.get(k + 1).is("'s")
                    && !NOT_IN_NOUN_PHRASE.contains(tokens.get(k + 1).lower()) && looksLikeVerb(tokens.get(k + 1), t)) {
                Mention m = phraseEndingAt(tokens, k, floor);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "Smith, a Democrat who chairs the panel, said": the phrase before the comma that opens the aside. */
    private Mention beforeAppositive(List<Token> tokens, int closingComma, int floor) {
        int limit = Math.max(floor, closingComma - 30);
        for (int k = closingComma - 1; k >= limit; k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("—") || t.is("–")) {
                Mention m = phraseEndingAt(tokens, k - 1, floor);
                if (m != null) {
                    return m;
                }
                // "In a statement, the minister, ..."? take what follows the comma as the phrase
                return phraseStartingAt(tokens, k + 1, closingComma);
            }
            if (t.is(".") || t.is(";") || t.is(":")) {
                break;
            }
        }
        // the aside runs back to the start of the clause: "Smith, who ..., said" with Smith first
        return phraseStartingAt(tokens, floor, closingComma);
    }

    private boolean skippable(List<Token> tokens, int k) {
        String lower = tokens.get(k).lower();
        if (BETWEEN_SUBJECT_AND_VERB.contains(lower)) {
            return true;
        }
        if (lower.equals("'s") && k > 0 && (PERSON_PRONOUNS.contains(tokens.get(k - 1).lower())
                || GROUP_PRONOUNS.contains(tokens.get(k - 1).lower()))) {
            return true; // "He's claiming": is, not a possessive
        }
        // "is said to have told": a reporting verb followed by "to" is part of the chain
        return verbs.contains(lower) && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("to");
    }

    /** The noun phrase whose last token is {@code last}; null when that token cannot end one. */
    Mention phraseEndingAt(List<Token> tokens, int last, int floor) {
        if (last < floor) {
            return null;
        }
        Token end = tokens.get(last);
        String lower = end.lower();
        if (PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
            return new Mention(end.start(), end.end());
        }
        if (!canBeInPhrase(end) || DETERMINERS.contains(lower) || INNER_PREPOSITIONS.contains(lower)
                || end.is("'s")) {
            return null;
        }
        int first = last;
        int k = last - 1;
        while (k >= floor && last - k < MAX_PHRASE) {
            Token t = tokens.get(k);
            String l = t.lower();
            if (DETERMINERS.contains(l)) {
                first = k;
                break;
            }
            if (t.is("'s") || INNER_PREPOSITIONS.contains(l) || canBeInPhrase(t)) {
                first = k;
                k--;
                continue;
            }
            break;
        }
        while (first < last && (INNER_PREPOSITIONS.contains(tokens.get(first).lower()) || tokens.get(first).is("'s")
                || CAPITALISED_FUNCTION_WORDS.contains(tokens.get(first).text()))) {
            first++;
        }
        if (CAPITALISED_FUNCTION_WORDS.contains(tokens.get(first).text()) && first == last) {
            return null;
        }
        return new Mention(tokens.get(first).start(), end.end());
    }

    /** The noun phrase that starts at {@code first} (an inverted subject, "according to X"); null if none. */
    Mention phraseStartingAt(List<Token> tokens, int first, int limit) {
        int k = first;
        while (k < limit && TIME_WORDS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= limit) {
            return null;
        }
        Token t0 = tokens.get(k);
        String l0 = t0.lower();
        if (PERSON_PRONOUNS.contains(l0) || GROUP_PRONOUNS.contains(l0)) {
            return new Mention(t0.start(), t0.end());
        }
        int start = k;
        int last = -1;
        while (k < limit && k - start < MAX_PHRASE) {
            Token t = tokens.get(k);
            String l = t.lower();
            if (k == start && DETERMINERS.contains(l)) {
                k++;
                continue;
            }
            if (CAPITALISED_FUNCTION_WORDS.contains(t.text()) && k == start) {
                return null;
            }
            if (t.is("(")) {
                int close = findForward(tokens, k, limit, ")");
                if (close > 0 && last >= 0) {
                    last = close;
                    k = close + 1;
                    continue;
                }
                break;
            }
            if (t.is("'s") || (INNER_PREPOSITIONS.contains(l) && last >= 0 && k + 1 < limit
                    && canBeInPhrase(tokens.get(k + 1)))) {
                k++;
                continue;
            }
            if (last >= 0 && looksLikeVerb(t, tokens.get(k - 1))) {
                break;
            }
            if (canBeInPhrase(t) && !DETERMINERS.contains(l)) {
                last = k;
                k++;
                continue;
            }
            if (DETERMINERS.contains(l) && k > start && INNER_PREPOSITIONS.contains(tokens.get(k - 1).lower())) {
                k++;
                continue;
            }
            break;
        }
        if (last < 0) {
            return null;
        }
        return new Mention(tokens.get(start).start(), tokens.get(last).end());
    }

    /**
     * A lower-case word that more likely continues the sentence than the noun phrase: "Smith started",
     * "Supporters marching", "Jones wants", "a complaint filed by".
     */
    private static boolean looksLikeVerb(Token t, Token previous) {
        if (!t.isWord() || t.isCapitalised()) {
            return false;
        }
        String l = t.lower();
        if (l.endsWith("ed") || l.endsWith("ing")) {
            return true;
        }
        return l.endsWith("s") && !l.endsWith("ss") && previous.isWord() && previous.isCapitalised()
                && !previous.text().endsWith(".");
    }

    private boolean canBeInPhrase(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String l = t.lower();
        if (NOT_IN_NOUN_PHRASE.contains(l)) {
            return t.isCapitalised() && !CAPITALISED_FUNCTION_WORDS.contains(t.text()) && !l.equals("it")
                    && !l.equals("he") && !l.equals("she") && !l.equals("they") && !l.equals("we") && !l.equals("i");
        }
        if (!t.isCapitalised() && (verbs.contains(l) && !AttributionVocabulary.NOUN_LIKE.contains(l) || l.endsWith("ly"))) {
            return false;
        }
        // "the 46-year-old", but not "2016" or "20"
        return !Character.isDigit(t.text().charAt(0)) || t.text().indexOf('-') > 0 && Character.isLetter(t.text().charAt(t.text().length() - 1));
    }

    private static int findBack(List<Token> tokens, int from, int floor, String s) {
        for (int k = from; k >= floor; k--) {
            if (tokens.get(k).is(s)) {
                return k;
            }
        }
        return -1;
    }

    private static int findForward(List<Token> tokens, int from, int limit, String s) {
        for (int k = from; k < limit; k++) {
            if (tokens.get(k).is(s)) {
                return k;
            }
        }
        return -1;
    }
}
