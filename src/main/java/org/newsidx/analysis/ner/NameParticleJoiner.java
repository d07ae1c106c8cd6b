package org.newsidx.analysis.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins lower-case name particles into person names the tagger split: "Ursula von der Leyen" and, after a
 * title, "Ms von der Leyen" -> one PER entity covering the particles and the capitalised surname.
 */
final class NameParticleJoiner {

    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "la",
            "le", "del", "della", "dos", "das", "bin", "ibn", "al", "el", "ter", "ten", "zu", "af", "y");
    private static final int PER = TagSet.classIndex("PER");

    private NameParticleJoiner() {
    }

    static void join(List<Token> tokens, int[] tags) {
        int n = tags.length;
        for (int k = 1; k < n; k++) {
            if (tags[k] != TagSet.O || !isParticle(tokens.get(k).text())) {
                continue;
            }
            int m = k;
            while (m + 1 < n && isParticle(tokens.get(m + 1).text()) && tags[m + 1] == TagSet.O) {
                m++;
            }
            if (m + 1 >= n || !isCapitalised(tokens.get(m + 1).text())) {
                continue;
            }
            int before = tags[k - 1];
            boolean afterPerson = TagSet.classOf(before) == PER && TagSet.endsEntity(before);
            boolean afterTitle = before == TagSet.O && PersonTitles.isTitle(tokens.get(k - 1).text());
            if (!afterPerson && !afterTitle) {
                continue;
            }
            int start = k;
            if (afterPerson) {
                start = k - 1;
                while (start > 0 && TagSet.positionOf(tags[start]) != TagSet.B && TagSet.positionOf(tags[start]) != TagSet.U) {
                    start--;
                }
            }
            int end = m + 1;
            int next = tags[end];
            if (next != TagSet.O && TagSet.positionOf(next) == TagSet.B) {
                while (end + 1 < n && TagSet.positionOf(tags[end]) != TagSet.L) {
                    end++;
                }
            } else if (next != TagSet.O && TagSet.positionOf(next) != TagSet.U) {
                continue;
            }
            tags[start] = TagSet.tag(PER, TagSet.B);
            for (int i = start + 1; i < end; i++) {
                tags[i] = TagSet.tag(PER, TagSet.I);
            }
            tags[end] = TagSet.tag(PER, TagSet.L);
            k = end;
        }
    }

    static boolean isParticle(String w) {
        // every particle is short and lower case; the set look-ups below need a lower-case first letter
        if (w.length() > 5 || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        return PARTICLES.contains(w) || Character.isLowerCase(w.charAt(0)) && PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
