package org.newsidx.analysis.quotes;

import java.util.List;
import java.util.Set;

/** Tells a reporting verb used as a verb ("the mayor claims") from its noun uses ("his claims"). Thread-safe. */
final class CueDetector {

    private final ReportingVerbs verbs;

    CueDetector(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    /** Whether the word is on the reporting-verb list, whatever its use. */
    boolean isReportingVerb(String word) {
        return verbs.contains(word);
    }

    /** "saying", "adding": a participle cue, whose subject is the clause's rather than the word before it. */
    boolean isParticiple(String word) {
        return verbs.isParticiple(word);
    }

    /** A reporting verb used as a verb: lower-case, not after a determiner ("the report", "his claims"). */
    boolean isCue(List<Token> tokens, int c) {
        Token t = tokens.get(c);
        if (!t.isWord() || t.isCapitalised() || !verbs.contains(t.text())) {
            return false;
        }
        String lower = t.lower();
        if (c + 1 < tokens.size() && tokens.get(c + 1).lower().equals("to") && lower.startsWith("continu")) {
            return false;
        }
        if (c > 0) {
            Token previous = tokens.get(c - 1);
            String p = previous.lower();
            boolean contractedIs = previous.is("'s") && c > 1
                    && (AttributionVocabulary.PERSON_PRONOUNS.contains(tokens.get(c - 2).lower())
                    || AttributionVocabulary.GROUP_PRONOUNS.contains(tokens.get(c - 2).lower()));
            if (AttributionVocabulary.DETERMINERS.contains(p) || previous.is("'s") && !contractedIs || p.equals("of")) {
                return false;
            }
            boolean introducesSpeech = lower.endsWith("s") && (c + 1 >= tokens.size()
                    || tokens.get(c + 1).lower().equals("that") || tokens.get(c + 1).is(":")); // "The advert claims “…”"
            if (AttributionVocabulary.NOUN_LIKE.contains(lower) && previous.isWord() && !previous.isCapitalised()
                    && !introducesSpeech
                    && !AttributionVocabulary.BETWEEN_SUBJECT_AND_VERB.contains(p) && !AttributionVocabulary.PERSON_PRONOUNS.contains(p)
                    && !AttributionVocabulary.GROUP_PRONOUNS.contains(p) && !p.equals("who") && !p.equals("and") && !p.equals("which")) {
                return false;
            }
            if (AttributionVocabulary.NOUN_LIKE.contains(lower) && previous.isCapitalised() && c > 1
                    && AttributionVocabulary.DETERMINERS.contains(tokens.get(c - 2).lower())) {
                return false; // "a trademark retort", "a Downing Street tweet"
            }
            if (AttributionVocabulary.NOUN_LIKE.contains(lower) && previous.isWord() && previous.isCapitalised() && c + 1 < tokens.size()
                    && Set.of("as", "of", "about", "and", "or", "were", "are", "have", "from", "by", "against")
                    .contains(tokens.get(c + 1).lower())) {
                return false;
            }
        } else if (AttributionVocabulary.NOUN_LIKE.contains(lower)) {
            return false;
        }
        return true;
    }
}
