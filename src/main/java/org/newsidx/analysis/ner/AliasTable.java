package org.newsidx.analysis.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names and their aliases, compared by {@link NameNormalizer#key}. {@link #countries()}: "UK", "Britain",
 * "United Kingdom" -> "United Kingdom", from {@code country-aliases.tsv} (built by {@link GazetteerBuilder}
 * from MIT-licensed data) and {@code country-aliases-supplement.tsv}; {@link #organisations()}: "EU" ->
 * "European Union", from {@code organisation-aliases.tsv}; {@link #places()}: "Calif." -> "California", from
 * {@code place-aliases.tsv}. Immutable, thread-safe; each loads once.
 */
public final class AliasTable {

    private final Map<String, String> canonicalByKey;

    private AliasTable(Map<String, String> canonicalByKey) {
        this.canonicalByKey = canonicalByKey;
    }

    public static AliasTable countries() {
        return Countries.INSTANCE;
    }

    public static AliasTable organisations() {
        return Organisations.INSTANCE;
    }

    /** Other place abbreviations ("Calif." -> "California"), from {@code place-aliases.tsv}. */
    public static AliasTable places() {
        return Places.INSTANCE;
    }

    /** The country of a city ("Tokyo" -> "Japan"), from {@code city-countries.tsv} and its supplement. */
    public static AliasTable cityCountries() {
        return CityCountries.INSTANCE;
    }

    /** Whether a name whose {@link NameNormalizer#key} is {@code key} is in the table. */
    public boolean hasKey(String key) {
        return canonicalByKey.containsKey(key);
    }

    /** The canonical name for any alias, compared by {@link NameNormalizer#key}. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonicalByKey.get(NameNormalizer.key(name)));
    }

    private static AliasTable load(String... resources) {
        Map<String, String> map = new HashMap<>();
        for (String resource : resources) {
            for (String[] row : NerResources.rows(resource, 2)) {
                map.put(NameNormalizer.key(row[0]), row[1]);
            }
        }
        return new AliasTable(Map.copyOf(map));
    }

    private static final class Countries {
        private static final AliasTable INSTANCE = load("country-aliases.tsv", "country-aliases-supplement.tsv");
    }

    private static final class Places {
        private static final AliasTable INSTANCE = load("place-aliases.tsv");
    }

    private static final class CityCountries {
        private static final AliasTable INSTANCE = load("city-countries.tsv", "city-countries-supplement.tsv");
    }

    private static final class Organisations {
        private static final AliasTable INSTANCE = load("organisation-aliases.tsv");
    }
}
