package org.newsidx.analysis.quotes;

import static org.newsidx.analysis.quotes.AttributionVocabulary.BETWEEN_SUBJECT_AND_VERB;
import static org.newsidx.analysis.quotes.AttributionVocabulary.DETERMINERS;

import java.util.List;
import java.util.Set;

/**
 * Finds the attribution of one quotation in its own sentence: {@code "…," X said} / {@code "…," said X} /
 * {@code X said: "…"} / {@code X told Y that "…"} / {@code according to X, "…"} /
 * {@code X, who…, added: "…"} / {@code "…" he added} / {@code "…" ― X}; failing a reporting verb, the
 * subject of the clause the quotation is part of ("the mayor has dismissed the plan as a “fantasy”").
 * Thread-safe.
 */
public final class AttributionFinder {

    private static final Set<String> NO_INVERSION = Set.of("told", "tells", "tell", "telling", "called", "calls",
            "calling", "asked", "urged", "accused", "thanked", "praised", "blamed", "informed", "reminded", "warned",
            "assured", "reassured", "cited", "dubbed", "labeled", "labelled", "branded", "described", "hailed");
    private static final int RIGHT_WINDOW = 30;
    /** How far from a quotation its attribution is looked for, in characters. */
    private static final int CONTEXT = 400;
    private static final Set<String> MODALS = Set.of("should", "would", "could", "must", "might", "may", "will", "can",
            "shall");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "and", "or",
            "but", "that", "which", "who", "to", "of", "in", "on", "at", "for", "with", "as", "by", "from");

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final CueDetector cues;
    private final NounPhraseFinder phrases;
    private final ClauseSubjectFinder subjects;

    public AttributionFinder(ReportingVerbs verbs) {
        this.cues = new CueDetector(verbs);
        this.phrases = new NounPhraseFinder(verbs);
        this.subjects = new ClauseSubjectFinder(phrases, cues);
    }

    /** The attribution of {@code spans.get(q)} within its sentence, or null. */
    public Attribution find(String text, List<QuotedSpan> spans, int q) {
        QuotedSpan span = spans.get(q);
        int clauseStart = ClauseBoundaries.leftStart(text, spans, q);
        // an attribution lies within a few hundred characters of its quotation
        int leftStart = Math.max(clauseStart, wordStartAfter(text, span.start() - CONTEXT));
        int rightEnd = Math.min(ClauseBoundaries.rightEnd(text, spans, q), span.end() + CONTEXT);
        List<Token> right = tokenizer.tokenize(text, span.end(), rightEnd);
        boolean sentenceEnded = ClauseBoundaries.innerEndsSentence(text, span) && !right.isEmpty()
                && right.get(0).isWord() && right.get(0).isCapitalised();
        Attribution after = right.isEmpty() ? null : fromRight(right, sentenceEnded, endsWithComma(text, span, right));
        if (after != null) {
            return after;
        }
        List<Token> left = tokenizer.tokenize(text, leftStart, span.start());
        Attribution before = fromLeft(left);
        if (before != null) {
            return before;
        }
        if (!sentenceEnded) {
            Attribution tail = fromSentenceTail(right);
            if (tail != null) {
                return tail;
            }
        }
        boolean opensClause = (q == 0 || clauseStart != spans.get(q - 1).end()) && leftStart == clauseStart;
        return opensClause ? fromClauseSubject(left) : null;
    }

    /** The first word start at or after {@code i} (0 for a negative {@code i}). */
    private static int wordStartAfter(String text, int i) {
        if (i <= 0) {
            return 0;
        }
        while (i < text.length() && !WordTokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "A driver who “just made a mistake” deserves a second chance, Ms Khan said.": the sentence's closing attribution. */
    private Attribution fromSentenceTail(List<Token> right) {
        int n = right.size();
        if (n < 3 || !(right.get(n - 1).is(".") || right.get(n - 1).is("!") || right.get(n - 1).is("?"))) {
            return null;
        }
        for (int k = n - 2; k >= 0 && n - k <= 25; k--) {
            if (right.get(k).is(",")) {
                // ", Ms Khan said." or ", said Tom Reid, an analyst at the bank."
                Attribution a = fromRight(right.subList(k, n), n - k <= 10);
                if (a != null && a.cue() != null && a.cueStart() <= right.get(Math.min(n - 1, k + 7)).start()) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * For a quotation that opens its sentence: the attribution closing the sentence before it in the same
     * paragraph ({@code …, the coach said. "…"}) or a paragraph ending in a colon ({@code He said:\n"…"}).
     */
    public Attribution fromPreviousSentence(String text, List<QuotedSpan> spans, int q) {
        int start = ClauseBoundaries.leftStart(text, spans, q);
        int end = start - 1;
        while (end >= 0 && WordTokenizer.isSpace(text.charAt(end))) {
            if (text.charAt(end) == '\n' && (end == 0 || text.charAt(end - 1) != ':') && !endsWithColon(text, end)) {
                return null;
            }
            end--;
        }
        if (end < 0) {
            return null;
        }
        int sentenceStart = ClauseBoundaries.sentenceStartBefore(text, end);
        if (q > 0 && spans.get(q - 1).end() > sentenceStart) {
            return null; // the sentence before has a quotation: continuation is the selector's business
        }
        List<Token> tokens = tokenizer.tokenize(text, sentenceStart, end + 1);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.get(tokens.size() - 1).is(":")) {
            return fromLeft(tokens);
        }
        int comma = -1;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (tokens.get(k).is(",")) {
                comma = k;
                break;
            }
        }
        Attribution tail = comma < 0 || tokens.size() - comma > 12 ? null
                : fromRight(tokens.subList(comma, tokens.size()), true);
        if (tail != null) {
            return tail;
        }
        for (int c = 0; c < tokens.size(); c++) {
            if (cues.isCue(tokens, c)) {
                Attribution a = fromLeft(tokens);
                return a != null && a.cue() != null ? a : null;
            }
        }
        return null;
    }

    /**
     * Last resort for a quotation that stands alone at the start of its sentence: the named subject of the
     * sentence before it, within one paragraph break ("The coach spoke only briefly. \n“We have to be
     * a lot tougher.”"), as news quotes a speaker just introduced.
     */
    public Attribution fromPreviousSubject(String text, List<QuotedSpan> spans, int q) {
        int end = ClauseBoundaries.leftStart(text, spans, q) - 1;
        int breaks = 0;
        while (end >= 0 && WordTokenizer.isSpace(text.charAt(end))) {
            if (text.charAt(end) == '\n' && (end == 0 || text.charAt(end - 1) != '\n')) {
                breaks++;
            }
            end--;
        }
        if (end < 0 || breaks > 1) {
            return null;
        }
        int sentenceStart = ClauseBoundaries.sentenceStartBefore(text, end);
        if (q > 0 && spans.get(q - 1).end() > sentenceStart) {
            return null;
        }
        List<Token> tokens = tokenizer.tokenize(text, sentenceStart, end + 1);
        if (tokens.size() < 3) {
            return null;
        }
        Mention m = subjects.clauseSubject(tokens, tokens.size());
        if (m == null) {
            return null;
        }
        int head = Token.indexAt(tokens, m.end()) - 1;
        Token last = tokens.get(head);
        String l = last.lower();
        boolean named = last.isCapitalised() && !AttributionVocabulary.CAPITALISED_FUNCTION_WORDS.contains(last.text())
                || l.equals("he") || l.equals("she");
        if (!named || head + 1 >= tokens.size() || !tokens.get(head + 1).isWord() || tokens.get(head + 1).isCapitalised()) {
            return null;
        }
        return new Attribution(m, null, m.end(), m.end());
    }

    private static boolean endsWithColon(String text, int newline) {
        int i = newline - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /**
     * An attribution after the quotation: {@code "…," X said}, {@code "…," said X}, {@code "…" ― X}. When
     * {@code strict}, only a short clause made of the attribution alone counts ({@code "…." the report says.}).
     */
    Attribution fromRight(List<Token> tokens, boolean strict) {
        return fromRight(tokens, strict, false);
    }

    /** A comma closing the quoted words (or right after them) announces an attribution: {@code "…," the driver shouted}. */
    private static boolean endsWithComma(String text, QuotedSpan span, List<Token> right) {
        int i = span.innerEnd() - 1;
        while (i > span.innerStart() && WordTokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        return text.charAt(i) == ',' || !right.isEmpty() && right.get(0).is(",");
    }

    private Attribution fromRight(List<Token> tokens, boolean strict, boolean commaEnded) {
        int p = 0;
        boolean dash = false;
        while (p < tokens.size() && isLeadingPunctuation(tokens.get(p))) {
            dash |= AttributionVocabulary.DASHES.contains(tokens.get(p).text());
            p++;
        }
        if (p >= tokens.size()) {
            return null;
        }
        if (p + 1 < tokens.size() && tokens.get(p).lower().equals("according") && tokens.get(p + 1).lower().equals("to")) {
            Mention m = phrases.phraseStartingAt(tokens, p + 2, clauseEnd(tokens, p + 2));
            return m == null ? null : new Attribution(m, "according to", tokens.get(p).start(), tokens.get(p + 1).end());
        }
        int limit = Math.min(tokens.size(), p + RIGHT_WINDOW);
        for (int c = p; c < limit; c++) {
            Token t = tokens.get(c);
            if (t.is("?") || t.is("!") || t.is(";")) {
                break;
            }
            if (!cues.isCue(tokens, c)) {
                continue;
            }
            if (cues.isParticiple(t.lower())) {
                return null;
            }
            boolean inverted = true;
            for (int k = p; k < c; k++) {
                if (!BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())) {
                    inverted = false;
                    break;
                }
            }
            if (inverted) {
                if (NO_INVERSION.contains(t.lower())) {
                    return null;
                }
                int end = clauseEnd(tokens, c + 1);
                Mention m = phrases.phraseStartingAt(tokens, c + 1, end);
                if (m == null || strict && !closesSentence(tokens, Token.indexAt(tokens, m.end()))) {
                    return null;
                }
                return new Attribution(m, t.text(), t.start(), t.end());
            }
            Mention m = phrases.phraseStartingAt(tokens, p, c);
            if (m == null || !reachesVerb(tokens, m, c)) {
                return null;
            }
            if (strict && (c - p > 8 || !closesSentence(tokens, c + 1))) {
                return null;
            }
            return new Attribution(m, t.text(), t.start(), t.end());
        }
        Attribution generic = strict ? null : fromShortClause(tokens, p, commaEnded);
        if (generic != null) {
            return generic;
        }
        if (dash && !strict) {
            Mention m = phrases.phraseStartingAt(tokens, p, tokens.size());
            if (m != null && endsClause(tokens, m)) {
                Token d = tokens.get(p - 1);
                return new Attribution(m, d.text(), d.start(), d.end());
            }
        }
        return null;
    }

    /** Whether the sentence ends within a few words (time words, "in a statement") from {@code from}. */
    private static boolean closesSentence(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + 4; k++) {
            Token t = tokens.get(k);
            if (t.is(".") || t.is("!") || t.is("?")) {
                return true;
            }
            if (!t.isWord() && !t.is(",")) {
                return false;
            }
        }
        return false;
    }

    /** {@code "Never!" the crowd roared.}: a short clause of subject and any verb right after the quotation. */
    private Attribution fromShortClause(List<Token> tokens, int p, boolean commaEnded) {
        int n = tokens.size();
        boolean closed = tokens.get(n - 1).is(".");
        if (!commaEnded && (n - p > 7 || !closed)) {
            return null;
        }
        Mention m = phrases.phraseStartingAt(tokens, p, n);
        if (m == null) {
            return null;
        }
        int k = Token.indexAt(tokens, m.end());
        if (k >= n - 1 || !tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
            return null;
        }
        String verb = tokens.get(k).lower();
        boolean functionWord = AttributionVocabulary.NOT_IN_NOUN_PHRASE.contains(verb) && !cues.isReportingVerb(verb)
                && !verb.equals("went");
        if (functionWord || AUXILIARIES.contains(verb) || !commaEnded && n - 1 - k > 4) {
            return null;
        }
        boolean longClause = n - p > 7 || !closed;
        if (longClause && !(verb.endsWith("ed") || cues.isReportingVerb(verb))) {
            return null;
        }
        if (commaEnded && !AttributionVocabulary.PERSON_PRONOUNS.contains(phraseHead(tokens, m))
                && !tokens.get(Token.indexAt(tokens, m.end()) - 1).isCapitalised()) {
            return null; // a long clause after the comma: only a name or a pronoun is taken as the speaker
        }
        Token v = tokens.get(k);
        return new Attribution(m, v.text(), v.start(), v.end());
    }

    private static String phraseHead(List<Token> tokens, Mention m) {
        return tokens.get(Token.indexAt(tokens, m.end()) - 1).lower();
    }

    /** Whether only auxiliaries, adverbs, an aside in commas or a parenthesis separate the subject from the verb. */
    private static boolean reachesVerb(List<Token> tokens, Mention subject, int verb) {
        int k = Token.indexAt(tokens, subject.end());
        if (k < verb && (tokens.get(k).is(",") || tokens.get(k).is("(") || AttributionVocabulary.DASHES.contains(tokens.get(k).text()))) {
            // an aside: "Anna Berg, the chief executive of the firm, said"
            int last = verb - 1;
            while (last > k && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(last).lower())) {
                last--;
            }
            Token closing = tokens.get(last);
            return closing.is(",") || closing.is(")") || AttributionVocabulary.DASHES.contains(closing.text()) || last == k;
        }
        if (k < verb && verb - k <= 5 && Set.of("in", "at", "for", "from", "with", "of").contains(tokens.get(k).lower())) {
            // "a voice in the advert asks"
            for (int i = k + 1; i < verb; i++) {
                if (!tokens.get(i).isWord()) {
                    return false;
                }
            }
            return true;
        }
        for (; k < verb; k++) {
            if (!BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsClause(List<Token> tokens, Mention m) {
        int k = Token.indexAt(tokens, m.end());
        return k >= tokens.size() || !tokens.get(k).isWord();
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
            if (cue < 0 && cues.isCue(tokens, c)) {
                cue = c;
            }
        }
        if (according >= 0 && according > cue) {
            Mention m = phrases.phraseStartingAt(tokens, according + 2, clauseEnd(tokens, according + 2));
            if (m != null) {
                return new Attribution(m, "according to", tokens.get(according).start(), tokens.get(according + 1).end());
            }
        }
        Attribution inverted = invertedBefore(tokens, cue);
        if (inverted != null) {
            return inverted;
        }
        if (cue >= 0) {
            Token t = tokens.get(cue);
            Mention m = null;
            boolean governed = cues.isParticiple(t.lower()) && cue > 0 && isClauseJoint(tokens.get(cue - 1))
                    || cue > 0 && tokens.get(cue - 1).lower().equals("to");
            boolean hypothetical = cue > 0 && MODALS.contains(tokens.get(cue - 1).lower());
            if (governed || hypothetical) {
                // "The mayor took to Twitter, saying" / "said the plan should reaffirm": an earlier cue's subject
                for (int c = cue - 2; c >= 0 && m == null; c--) {
                    if (cues.isCue(tokens, c) && !cues.isParticiple(tokens.get(c).lower())) {
                        m = phrases.subjectBefore(tokens, c, 0);
                    }
                }
            }
            if (m == null && !governed) {
                m = phrases.subjectBefore(tokens, cue, 0);
            }
            boolean absolute = m != null && cues.isParticiple(t.lower()) && isPreceded(tokens, m, "with");
            if (m == null || followsPreposition(tokens, m) && !absolute) {
                m = subjects.clauseSubject(tokens, cue);
            } else if (!isPlausibleSpeaker(tokens, m)) {
                Mention subject = subjects.clauseSubject(tokens, cue);
                m = subject != null ? subject : m;
            }
            m = m == null ? null : outerSpeaker(tokens, m);
            if (m != null && isIssuedDocument(tokens, m)) {
                // "The club issued a statement saying": the issuer speaks
                Mention issuer = subjects.clauseSubject(tokens, cue);
                m = issuer != null && issuer.end() <= m.start() ? issuer : m;
            }
            return m == null ? null : withRelative(tokens, cue, new Attribution(m, t.text(), t.start(), t.end()));
        }
        if (tokens.size() >= 2 && tokens.get(tokens.size() - 1).is(":")) {
            Mention m = phrases.phraseEndingAt(tokens, tokens.size() - 2, 0);
            Token colon = tokens.get(tokens.size() - 1);
            Token head = tokens.get(tokens.size() - 2);
            if (m != null && !head.isCapitalised() && !AttributionVocabulary.PERSON_PRONOUNS.contains(head.lower())
                    && m.start() > tokens.get(0).start()) {
                // "The party is rolling out a new slogan:": the subject of the clause speaks
                m = subjects.clauseSubject(tokens, tokens.size() - 1);
            }
            return m == null ? null : new Attribution(m, ":", colon.start(), colon.end());
        }
        return null;
    }

    private static final Set<String> DOCUMENTS = Set.of("statement", "release", "email", "e-mail", "letter", "memo",
            "ad", "advert", "advertisement", "tweet", "post", "message", "op-ed", "video", "note", "announcement",
            "retort", "response", "reply", "warning", "remarks", "comment", "comments");

    /** "a statement", "a new radio ad": a document or utterance introduced with an indefinite article. */
    private static boolean isIssuedDocument(List<Token> tokens, Mention m) {
        int first = Token.indexAt(tokens, m.start());
        int last = Token.indexAt(tokens, m.end()) - 1;
        return first <= last && DOCUMENTS.contains(tokens.get(last).lower())
                && (tokens.get(first).lower().equals("a") || tokens.get(first).lower().equals("an"));
    }

    /**
     * "Said Ms Okafor, “…”" / "…, explained Councillor Hughes, “…”": the reporting verb before its subject, which the
     * quotation follows after a comma.
     */
    private Attribution invertedBefore(List<Token> tokens, int cue) {
        int n = tokens.size();
        if (n < 3 || !tokens.get(n - 1).is(",")) {
            return null;
        }
        int verb = cue;
        if (verb < 0 && tokens.get(0).isCapitalised() && cues.isReportingVerb(tokens.get(0).lower())) {
            verb = 0; // "Said Ms Okafor," opening the sentence
        }
        if (verb < 0 || NO_INVERSION.contains(tokens.get(verb).lower()) || cues.isParticiple(tokens.get(verb).lower())
                || verb + 1 >= n - 1 || !tokens.get(verb + 1).isCapitalised()) {
            return null;
        }
        Mention m = phrases.phraseStartingAt(tokens, verb + 1, n - 1);
        if (m == null || Token.indexAt(tokens, m.end()) != n - 1) {
            return null;
        }
        Token t = tokens.get(verb);
        return new Attribution(m, t.text(), t.start(), t.end());
    }

    /** "Ms Lee, who has described the plan as": the mention is the relative "who", standing for the phrase found. */
    private static Attribution withRelative(List<Token> tokens, int verb, Attribution a) {
        int k = verb - 1;
        // "who has in the past described": a short adverbial may stand between the relative and its verb
        while (k >= 0 && verb - k <= 6 && tokens.get(k).isWord()
                && !tokens.get(k).lower().equals("who") && !tokens.get(k).lower().equals("which")) {
            k--;
        }
        if (k < 0 || !tokens.get(k).isWord() || tokens.get(k).start() <= a.mention().start()
                || !(tokens.get(k).lower().equals("who") || tokens.get(k).lower().equals("which"))) {
            return a;
        }
        Token who = tokens.get(k);
        return new Attribution(new Mention(who.start(), who.end()), a.cue(), a.cueStart(), a.cueEnd(), a.mention());
    }

    /** "Ms Lee said she recalled": a pronoun subject of reported speech stands for the reporting subject. */
    private Mention outerSpeaker(List<Token> tokens, Mention m) {
        int k = Token.indexAt(tokens, m.start()) - 1;
        if (k >= 0 && tokens.get(k).lower().equals("that")) {
            k--;
        }
        if (k < 0 || tokens.get(k).end() > m.start() || !cues.isCue(tokens, k) || cues.isParticiple(tokens.get(k).lower())) {
            return m;
        }
        String pronoun = tokens.get(Token.indexAt(tokens, m.start())).lower();
        if (!AttributionVocabulary.PERSON_PRONOUNS.contains(pronoun) && !pronoun.equals("they") && !pronoun.equals("we")
                && !pronoun.equals("it")) {
            return m;
        }
        Mention outer = phrases.subjectBefore(tokens, k, 0);
        return outer == null ? m : outer;
    }

    /** No reporting verb: the subject of the clause, when a predicate follows it ("the minister likened the scheme to a “pyramid”"). */
    private Attribution fromClauseSubject(List<Token> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        Mention m = subjects.clauseSubject(tokens, tokens.size());
        if (m == null) {
            return null;
        }
        int k = Token.indexAt(tokens, m.end());
        if (k + 2 < tokens.size() && tokens.get(k).is(",") && tokens.get(k + 1).lower().equals("who")) {
            // "The senator, who has cast himself as the “voice of reason”"
            Token who = tokens.get(k + 1);
            return new Attribution(new Mention(who.start(), who.end()), null, who.end(), who.end(), m);
        }
        if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
            return null;
        }
        Token verb = tokens.get(k);
        return new Attribution(m, null, verb.start(), verb.start());
    }

    /**
     * A speaker phrase names someone: it has a capitalised word, a pronoun, a determiner or a possessive
     * ("the minister", "the mayor's aide"); a bare lower-case word ("began", "unrealistic") is a verb or an
     * adjective the phrase finder took for a noun.
     */
    private static boolean isPlausibleSpeaker(List<Token> tokens, Mention m) {
        for (int k = Token.indexAt(tokens, m.start()); k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
            Token t = tokens.get(k);
            String l = t.lower();
            if (t.isCapitalised() || t.is("'s") || DETERMINERS.contains(l) || AttributionVocabulary.PERSON_PRONOUNS.contains(l)
                    || AttributionVocabulary.GROUP_PRONOUNS.contains(l) || AttributionVocabulary.RELATIVE_PRONOUNS.contains(l)
                    || Character.isDigit(t.text().charAt(0)) || l.endsWith("s") && !l.endsWith("ss")) {
                return true;
            }
        }
        return false;
    }

    /** "with the mayor tweeting that": the word before the mention. */
    private static boolean isPreceded(List<Token> tokens, Mention m, String word) {
        int k = Token.indexAt(tokens, m.start()) - 1;
        return k >= 0 && tokens.get(k).lower().equals(word);
    }

    private static boolean followsPreposition(List<Token> tokens, Mention m) {
        int k = Token.indexAt(tokens, m.start()) - 1;
        return k >= 0 && AttributionVocabulary.PREPOSITIONS.contains(tokens.get(k).lower());
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
