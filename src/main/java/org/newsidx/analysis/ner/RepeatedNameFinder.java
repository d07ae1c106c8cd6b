package org.newsidx.analysis.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsidx.analysis.EntityType;

/**
 * Document-level recall: a name the tagger recognised somewhere in an article is recognised wherever it
 * recurs, spelt the same and capitalised, and a person's surname alone ("Whitmore" after "Steve Whitmore")
 * is that person.
 */
final class RepeatedNameFinder {

    private static final int MAX_WORDS = 4;

    private RepeatedNameFinder() {
    }

    static List<RecognisedMention> addRepeats(String text, List<List<Token>> sentences, List<RecognisedMention> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, EntityType> known = new HashMap<>();
        Map<String, int[]> votes = new HashMap<>();
        for (RecognisedMention m : found) {
            votes.computeIfAbsent(m.text(), k -> new int[EntityType.values().length])[m.type().ordinal()]++;
        }
        votes.forEach((name, v) -> known.put(name, EntityType.values()[argmax(v)]));
        for (RecognisedMention m : found) {
            if (m.type() == EntityType.PERSON) {
                int space = m.text().lastIndexOf(' ');
                if (space > 0) {
                    String surname = m.text().substring(space + 1);
                    if (surname.length() > 1 && Character.isUpperCase(surname.charAt(0))) {
                        known.putIfAbsent(surname, EntityType.PERSON);
                    }
                }
            }
        }
        boolean[] covered = new boolean[text.length()];
        for (RecognisedMention m : found) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        List<RecognisedMention> added = new ArrayList<>();
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                Token first = tokens.get(i);
                if (covered[first.start()] || !Character.isUpperCase(first.text().charAt(0))) {
                    continue;
                }
                for (int len = Math.min(MAX_WORDS, tokens.size() - i); len >= 1; len--) {
                    Token last = tokens.get(i + len - 1);
                    if (covered[last.end() - 1]) {
                        continue;
                    }
                    String surface = text.substring(first.start(), last.end());
                    EntityType type = known.get(surface);
                    if (type != null && !continuesName(tokens, i + len)) {
                        added.add(new RecognisedMention(first.start(), last.end(), surface, type));
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<RecognisedMention> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(Comparator.comparingInt(RecognisedMention::start));
        return out;
    }

    /** Whether the token after a candidate is capitalised, i.e. the candidate is part of a longer name. */
    private static boolean continuesName(List<Token> tokens, int next) {
        return next < tokens.size() && Character.isUpperCase(tokens.get(next).text().charAt(0))
                && Character.isLetter(tokens.get(next).text().charAt(0));
    }

    private static int argmax(int[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }
}
