package org.newsidx.analysis.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * Bodies that every country has ("Finance Ministry", "Central Bank", "Supreme Court"; the resource
 * {@code bodies-of-any-country.txt}): as facet values they would lump the bodies of many countries
 * together, so the canonicaliser names them with their country ("Japan Finance Ministry"). Immutable.
 */
public final class CountryBodies {

    private CountryBodies() {
    }

    /** Whether a name is such a body, without its country. */
    public static boolean isBody(String name) {
        return Holder.NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The body of one country, as its facet value: "Japan Finance Ministry". */
    static String ofCountry(String country, String body) {
        return country + " " + body;
    }

    private static final class Holder {
        private static final Set<String> NAMES = load();

        private static Set<String> load() {
            try {
                return StatisticalEntityRecognizer.wordList("bodies-of-any-country.txt");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
