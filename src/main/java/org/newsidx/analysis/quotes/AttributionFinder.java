package org.newsidx.analysis.quotes;

import static org.newsidx.analysis.quotes.AttributionVocabulary.DETERMINERS;

import java.util.List;
import java.util.Set;

/**
 * Finds the attribution of one quotation in its own sentence: {@code "…," X said} / {@code "…," said X} /
 * {@code X said: "…"} / {@code X told Y that "…"} / {@code according to X, "…"} /
 * {@code X, who…, added: "…"} / {@code "…" he added}. Thread-safe.
 */
public final class AttributionFinder {

    private static final Set<String> NO_INVERSION = Set.of("told", "tells", "tell", "telling", "called", "calls",
            "calling", "asked", "urged", "accused", "thanked", "praised", "blamed", "informed", "reminded", "warned",
            "assured", "reassured", "cited");
    private static final int RIGHT_WINDOW = 14;

    private final ReportingVerbs verbs;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final NounPhraseFinder phrases;

    public AttributionFinder(ReportingVerbs verbs) {
        this.verbs = verbs;
        this.phrases = new NounPhraseFinder(verbs);
    }

    /** The attribution of {@code spans.get(q)} within its sentence, or null. */
    public Attribution find(String text, List<QuotedSpan> spans, int q) {
        QuotedSpan span = spans.get(q);
        int leftStart = ClauseBoundaries.leftStart(text, spans, q);
        int rightEnd = ClauseBoundaries.rightEnd(text, spans, q);
        List<Token> right = tokenizer.tokenize(text, span.end(), rightEnd);
        List<Token> left = tokenizer.tokenize(text, leftStart, span.start());
        boolean rightAllowed = !right.isEmpty() && !(ClauseBoundaries.innerEndsSentence(text, span)
                && right.get(0).isWord() && right.get(0).isCapitalised());
        Attribution near = rightAllowed ? fromRight(right, 6) : null;
        if (near != null) {
            return near;
        }
        Attribution before = fromLeft(left);
        if (before != null) {
            return before;
        }
        return rightAllowed ? fromRight(right, RIGHT_WINDOW) : null;
    }

    /** An attribution after the quotation: {@code "…," X said} or {@code "…," said X}. */
    Attribution fromRight(List<Token> tokens, int window) {
        int p = 0;
        while (p < tokens.size() && isLeadingPunctuation(tokens.get(p))) {
            p++;
        }
        if (p + 1 < tokens.size() && tokens.get(p).lower().equals("according") && tokens.get(p + 1).lower().equals("to")) {
            Mention m = phrases.phraseStartingAt(tokens, p + 2, clauseEnd(tokens, p + 2));
            return m == null ? null : new Attribution(m, "according to", tokens.get(p).start(), tokens.get(p + 1).end());
        }
        int limit = Math.min(tokens.size(), p + window);
        for (int c = p; c < limit; c++) {
            Token t = tokens.get(c);
            if (t.is(".") || t.is(";") || t.is("?") || t.is("!")) {
                return null;
            }
            if (!isCue(tokens, c)) {
                continue;
            }
            boolean inverted = true;
            for (int k = p; k < c; k++) {
                if (!AttributionVocabulary.BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())) {
                    inverted = false;
                    break;
                }
            }
            Mention m;
            if (inverted) {
                if (NO_INVERSION.contains(t.lower()) || verbs.isParticiple(t.lower())) {
                    return null;
                }
                m = phrases.phraseStartingAt(tokens, c + 1, clauseEnd(tokens, c + 1));
            } else {
                m = phrases.subjectBefore(tokens, c, p);
            }
            return m == null ? null : new Attribution(m, t.text(), t.start(), t.end());
        }
        return null;
    }

    /** An attribution before the quotation: {@code X said: "…"}, {@code according to X, "…"}. */
    Attribution fromLeft(List<Token> tokens) {
        int cue = -1;
        int according = -1;
        for (int c = tokens.size() - 1; c >= 0; c--) {
            if (according < 0 && c + 1 < tokens.size() && tokens.get(c).lower().equals("according")
                    && tokens.get(c + 1).lower().equals("to")) {
                according = c;
            }
            if (cue < 0 && isCue(tokens, c)) {
                cue = c;
            }
        }
        if (according >= 0 && according > cue) {
            Mention m = phrases.phraseStartingAt(tokens, according + 2, clauseEnd(tokens, according + 2));
            if (m != null) {
                return new Attribution(m, "according to", tokens.get(according).start(), tokens.get(according + 1).end());
            }
        }
        if (cue >= 0) {
            Token t = tokens.get(cue);
            Mention m = null;
            if (verbs.isParticiple(t.lower()) && cue > 0 && isClauseJoint(tokens.get(cue - 1))) {
                // "Trump took to Twitter, saying": the subject of the clause, or of an earlier cue
                for (int c = cue - 2; c >= 0 && m == null; c--) {
                    if (isCue(tokens, c) && !verbs.isParticiple(tokens.get(c).lower())) {
                        m = phrases.subjectBefore(tokens, c, 0);
                    }
                }
                if (m == null) {
                    m = phrases.phraseStartingAt(tokens, 0, clauseEnd(tokens, 0));
                }
            } else {
                m = phrases.subjectBefore(tokens, cue, 0);
            }
            return m == null ? null : new Attribution(m, t.text(), t.start(), t.end());
        }
        if (tokens.size() >= 2 && tokens.get(tokens.size() - 1).is(":")) {
            Mention m = phrases.phraseEndingAt(tokens, tokens.size() - 2, 0);
            Token colon = tokens.get(tokens.size() - 1);
            return m == null ? null : new Attribution(m, ":", colon.start(), colon.end());
        }
        return null;
    }

    /** A reporting verb used as a verb: lower-case, not after a determiner ("the report", "his claims"). */
    private boolean isCue(List<Token> tokens, int c) {
        Token t = tokens.get(c);
        if (!t.isWord() || t.isCapitalised() || !verbs.contains(t.text())) {
            return false;
        }
        if (c > 0) {
            Token previous = tokens.get(c - 1);
            String p = previous.lower();
            if (DETERMINERS.contains(p) || previous.is("'s") || p.equals("of")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseJoint(Token t) {
        return t.is(",") || t.is("—") || t.is("–") || t.lower().equals("while") || t.lower().equals("before")
                || t.lower().equals("after") || t.lower().equals("by") || t.lower().equals("when");
    }

    private static boolean isLeadingPunctuation(Token t) {
        return !t.isWord() && !t.is("(") && !t.is(".") && !t.is("?") && !t.is("!");
    }

    /** Index of the first token at or after {@code from} that ends a noun phrase's clause. */
    private static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!") || t.is("—")) {
                return k;
            }
        }
        return tokens.size();
    }
}
