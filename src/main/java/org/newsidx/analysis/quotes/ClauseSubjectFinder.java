package org.newsidx.analysis.quotes;

import static org.newsidx.analysis.quotes.AttributionVocabulary.CAPITALISED_FUNCTION_WORDS;

import java.util.List;
import java.util.Set;

/**
 * Finds the subject that opens a clause, past a dateline, a leading conjunction or an introductory
 * phrase ("In a statement, the senator said"; "Hours later, the mayor returned"). Thread-safe.
 */
final class ClauseSubjectFinder {

    /** Words that open an introductory phrase before the subject: "Outside the court, supporters sang". */
    private static final Set<String> INTRODUCTORY = Set.of("after", "outside", "inside", "near", "around", "across", "behind",
            "beyond", "beside", "through", "throughout", "under", "among", "amid", "despite", "following", "since",
            "until", "upon", "within", "without", "before", "unlike", "along");
    private final NounPhraseFinder phrases;
    private final CueDetector cues;

    ClauseSubjectFinder(NounPhraseFinder phrases, CueDetector cues) {
        this.phrases = phrases;
        this.cues = cues;
    }

    /** The subject at the start of the clause, after an introductory phrase ending in a comma. */
    Mention clauseSubject(List<Token> tokens, int limit) {
        return clauseSubject(tokens, limit, 0);
    }

    private Mention clauseSubject(List<Token> tokens, int limit, int depth) {
        if (limit <= 0) {
            return null;
        }
        int k = 0;
        for (int i = 1; i < Math.min(limit, 10); i++) {
            if (AttributionVocabulary.DASHES.contains(tokens.get(i).text()) && i + 1 < limit) {
                // "LONDON (Reuters) – The minister has said": the dateline is no subject
                return clauseSubject(tokens.subList(i + 1, tokens.size()), limit - i - 1, depth + 1);
            }
            if (tokens.get(i).isWord() && !tokens.get(i).isCapitalised()) {
                break;
            }
        }
        Token opening = tokens.get(0);
        if (limit > 1 && Set.of("And", "But", "So", "Yet", "Or", "Still", "Then").contains(opening.text())
                && !tokens.get(1).is(",")) {
            // "And she is sure that ...": the conjunction opens the sentence, the subject follows
            return clauseSubject(tokens.subList(1, tokens.size()), limit - 1, depth + 1);
        }
        boolean introductory = AttributionVocabulary.PREPOSITIONS.contains(opening.lower()) || INTRODUCTORY.contains(opening.lower())
                || CAPITALISED_FUNCTION_WORDS.contains(opening.text())
                || opening.isCapitalised() && (opening.lower().endsWith("ing") || opening.lower().endsWith("ed"))
                || shortIntroduction(tokens, limit);
        if (k < limit && introductory) {
            int comma = -1;
            for (int i = 1; i < limit && i < 12; i++) {
                if (tokens.get(i).is(",")) {
                    comma = i;
                    break;
                }
            }
            if (comma < 0) {
                return null;
            }
            if (comma + 1 < limit && depth < 3) {
                // "On Monday, after weeks of silence, the minister spoke": another introduction may follow
                Mention rest = clauseSubject(tokens.subList(comma + 1, tokens.size()), limit - comma - 1, depth + 1);
                if (rest != null) {
                    return rest;
                }
            }
            k = comma + 1;
        }
        Mention m = phrases.phraseStartingAt(tokens, k, limit);
        if (m != null && k == 0) {
            int after = Token.indexAt(tokens, m.end());
            if (after < limit && tokens.get(after).is(",") && !(after + 1 < limit && cues.isCue(tokens, after + 1))) {
                // "Ten years ago, a newspaper profile hailed": the subject follows the comma
                Mention next = phrases.phraseStartingAt(tokens, after + 1, limit);
                if (next != null && !tokens.get(after + 1).lower().equals("who")) {
                    Token word = tokens.get(Token.indexAt(tokens, next.end()) < limit ? Token.indexAt(tokens, next.end()) : limit - 1);
                    if (word.isWord() && !word.isCapitalised()) {
                        m = next;
                        k = after + 1;
                    }
                }
            }
        }
        if (m == null) {
            return null;
        }
        String first = tokens.get(k).lower();
        return first.equals("it") || first.equals("there") || first.equals("this") ? null : m;
    }

    /** "Hours later, the mayor returned": a comma within four words, after a phrase with a lower-case word. */
    private static boolean shortIntroduction(List<Token> tokens, int limit) {
        boolean lower = false;
        for (int i = 1; i < Math.min(limit, 5); i++) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                return lower && i >= 2;
            }
            lower |= t.isWord() && !t.isCapitalised();
        }
        return false;
    }
}
