package org.newsidx.analysis.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses whether an expression refers to the past or the future from the nearest tense cue in its
 * clause: "will", "expected", "plans" point forward; "said", "was", verbs in -ed point back. Stateless.
 */
final class TenseGuesser {

    private static final int WINDOW = 90;

    private static final Set<String> FUTURE = Set.of(
            "will", "'ll", "shall", "won't", "upcoming", "coming", "tomorrow", "next", "soon", "deadline", "scheduled");

    /** Future cues only before "to", "for" or "be" ("expected to", "set for"); modals ("would") always. */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of(
            "going", "plans", "plan", "planning", "expected", "expects", "expect", "due", "set", "hopes",
            "hope", "intends", "intend", "aims", "aim", "would", "could", "might", "may");

    private static final Set<String> FUTURE_FOLLOWERS = Set.of("to", "for", "be");

    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "still");

    /** "had been scheduled", "was expected": a past form of a future cue. */
    private static final Set<String> PAST_AUXILIARY = Set.of("had", "been", "previously", "originally");

    private static final Set<String> PAST = Set.of(
            "said", "was", "were", "had", "did", "ago", "last", "since", "earlier", "yesterday", "began", "came",
            "went", "took", "made", "rose", "fell", "won", "lost", "left", "met", "told", "got", "saw", "found",
            "became", "held", "sold", "bought", "paid", "led", "ran", "hit", "gave", "brought", "sent", "spent",
            "struck", "broke", "wrote", "chose", "shot", "knew", "thought", "grew", "drew", "flew", "spoke", "stood",
            "fought", "caught", "taught", "felt", "kept", "meant", "quit", "reported",
            "announced", "has", "have", "been", "closed", "ended", "agreed", "arrived", "died", "killed");

    /** Every word that {@link #classify} looks up, to dismiss the others without making a string. */
    private static final Vocabulary CUE_WORDS = cueWords();

    private static final Pattern SOON_AS = Pattern.compile("(?i)\\bas\\s+(?:soon|early)\\s+as\\s+(?:on\\s+)?$");

    private TenseGuesser() {
    }

    private static Vocabulary cueWords() {
        java.util.Set<String> all = new java.util.HashSet<>(FUTURE);
        all.addAll(FUTURE_BEFORE_TO);
        all.addAll(PAST);
        return new Vocabulary(all);
    }

    /** The tense of the clause around {@code [start, end)} in {@code text}. */
    static Tense around(String text, int start, int end) {
        int window = Math.max(0, start - 20);
        if (mayEndWithAsSoonAs(text, window, start) && SOON_AS.matcher(text.substring(window, start)).find()) {
            return Tense.FUTURE;
        }
        int from = clauseStart(text, start);
        int to = clauseEnd(text, end);
        Cue before = nearestBefore(text, from, start);
        Cue after = nearestAfter(text, end, to);
        // the nearer cue wins; on a tie, the one before (usually the governing verb)
        Cue best = before == null ? after : after == null ? before : (after.distance < before.distance ? after : before);
        return best == null ? Tense.UNKNOWN : best.tense;
    }

    private record Cue(Tense tense, int distance) {
    }

    private static Cue nearestBefore(String text, int from, int start) {
        int i = start;
        int words = 0;
        while (i > from) {
            int e = i;
            while (e > from && !isWordChar(text.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > from && isWordChar(text.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                break;
            }
            words++;
            Tense t = classify(text, s, e);
            if (t != Tense.UNKNOWN) {
                return new Cue(t, words);
            }
            i = s;
        }
        return null;
    }

    private static Cue nearestAfter(String text, int end, int to) {
        int i = end;
        int words = 0;
        while (i < to) {
            int s = i;
            while (s < to && !isWordChar(text.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < to && isWordChar(text.charAt(e))) {
                e++;
            }
            if (s == e) {
                break;
            }
            words++;
            Tense t = classify(text, s, e);
            if (t != Tense.UNKNOWN) {
                return new Cue(t, words);
            }
            i = e;
        }
        return null;
    }

    /**
     * Whether {@code text[from, to)} can end as {@link #SOON_AS} wants: "as", spaces (maybe "on" and spaces),
     * then only spaces and line ends. A necessary condition only; the pattern decides.
     */
    private static boolean mayEndWithAsSoonAs(String text, int from, int to) {
        int i = skipBackSpaceOrLineEnd(text, from, to);
        if (i == to || i - 2 < from) {
            return false;
        }
        if ((text.charAt(i - 2) | 32) == 'o' && (text.charAt(i - 1) | 32) == 'n') {
            int j = skipBackSpaceOrLineEnd(text, from, i - 2);
            if (j == i - 2 || j - 2 < from) {
                return false;
            }
            i = j;
        }
        return (text.charAt(i - 2) | 32) == 'a' && (text.charAt(i - 1) | 32) == 's';
    }

    private static int skipBackSpaceOrLineEnd(String text, int from, int to) {
        int i = to;
        while (i > from) {
            char c = text.charAt(i - 1);
            if (!(Lookahead.isSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * Whether {@code text[s, e)} (a word) surely has no tense: an ASCII word that, without a final "'s", is no
     * cue word, does not end in "'ll" and is no lower-case word of five or more letters in "-ed". Others go
     * through {@link #classify}'s full test.
     */
    private static boolean surelyNoCue(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        int end = e;
        if (end - s >= 2 && text.charAt(end - 2) == '\'' && (text.charAt(end - 1) | 32) == 's') {
            end -= 2;
        }
        int n = end - s;
        if (n >= 3 && text.charAt(end - 3) == '\'' && (text.charAt(end - 2) | 32) == 'l'
                && (text.charAt(end - 1) | 32) == 'l') {
            return false;
        }
        if (n >= 5 && (text.charAt(end - 2) | 32) == 'e' && (text.charAt(end - 1) | 32) == 'd'
                && Character.isLowerCase(text.charAt(s))) {
            return false;
        }
        return CUE_WORDS.find(text, s, end) < 0;
    }

    private static Tense classify(String text, int s, int e) {
        if (surelyNoCue(text, s, e)) {
            return Tense.UNKNOWN;
        }
        String w = text.substring(s, e).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'ll") || w.equals("'ll")) {
            return Tense.FUTURE;
        }
        if (FUTURE.contains(w)) {
            String prev = NeighbourWords.wordBefore(text, s).toLowerCase(Locale.ROOT);
            return PAST_AUXILIARY.contains(prev) ? Tense.PAST : Tense.FUTURE;
        }
        if (FUTURE_BEFORE_TO.contains(w)) {
            String next = NeighbourWords.wordAfter(text, e).toLowerCase(Locale.ROOT);
            if (!FUTURE_FOLLOWERS.contains(next) && !(w.equals("would") || w.equals("could") || w.equals("might")
                    || w.equals("may"))) {
                return Tense.UNKNOWN;
            }
            String prev = NeighbourWords.wordBefore(text, s).toLowerCase(Locale.ROOT);
            if (w.equals("may") && !Character.isLowerCase(text.charAt(s))) {
                return Tense.UNKNOWN;
            }
            return PAST_AUXILIARY.contains(prev) ? Tense.PAST : Tense.FUTURE;
        }
        boolean pastForm = PAST.contains(w) || w.length() >= 5 && w.endsWith("ed")
                && Character.isLowerCase(text.charAt(s)) && !w.equals("planned") && !w.endsWith("eed");
        if (pastForm) {
            String prev = NeighbourWords.wordBefore(text, s).toLowerCase(Locale.ROOT);
            // "will be paid" (passive), "an unspecified date", "the revised plan" (adjectives): no tense of their own
            boolean adjective = !PAST.contains(w) && (w.startsWith("un") || DETERMINERS.contains(prev));
            return prev.equals("be") || prev.equals("being") || adjective ? Tense.UNKNOWN : Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019';
    }

    private static int clauseStart(String text, int start) {
        int limit = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') && (i + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(i + 1)) || c == '\n')) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int clauseEnd(String text, int end) {
        int limit = Math.min(text.length(), end + WINDOW);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') && (i + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(i + 1)) || c == '\n')) {
                return i;
            }
        }
        return limit;
    }
}
