package org.newsidx.analysis.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Honorifics and titles that precede a person's name ("Mr", "Sir", "President"), from {@code name-cues.tsv}. */
final class PersonTitles {

    /** Words that start a multi-word title ("Prime Minister", "Foreign Secretary"). */
    private static final Set<String> TITLE_PREFIXES = Set.of("prime", "foreign", "home", "vice", "deputy",
            "attorney", "former", "chief", "defence", "defense", "health", "finance", "interior", "first",
            "shadow", "acting", "french", "german", "british", "us", "u.s.", "american", "russian", "chinese");

    private static final Set<String> TITLES = load();

    private PersonTitles() {
    }

    /** Whether the word is a title (case-insensitive, with or without a final dot). */
    static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return TITLES.contains(w);
    }

    static boolean isTitlePrefix(String word) {
        return TITLE_PREFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : NerResources.lines("name-cues.tsv")) {
            if (line.startsWith("PERSON_TITLE\t")) {
                String w = line.substring(13).toLowerCase(Locale.ROOT);
                out.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
        }
        out.removeAll(Set.of("spokesman", "spokeswoman", "director", "manager", "leader", "officer", "deputy",
                "father", "sister", "count", "saint", "king", "queen"));
        return Set.copyOf(out);
    }
}
