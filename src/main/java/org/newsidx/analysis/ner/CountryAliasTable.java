package org.newsidx.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and their aliases ("UK", "Britain", "United Kingdom" -> "United Kingdom"), from the
 * resources {@code country-aliases.tsv} (built by {@link GazetteerBuilder} from MIT-licensed data) and
 * {@code country-aliases-supplement.tsv}. Immutable, thread-safe; {@link #shared()} loads it once.
 */
public final class CountryAliasTable {

    private static final String[] RESOURCES = {"country-aliases.tsv", "country-aliases-supplement.tsv"};

    private final Map<String, String> canonicalByKey;

    private CountryAliasTable(Map<String, String> canonicalByKey) {
        this.canonicalByKey = canonicalByKey;
    }

    public static CountryAliasTable shared() {
        return Holder.INSTANCE;
    }

    /** The canonical country name for any alias, compared by {@link NameNormalizer#key}. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonicalByKey.get(NameNormalizer.key(name)));
    }

    private static CountryAliasTable load() {
        Map<String, String> map = new HashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = CountryAliasTable.class.getResourceAsStream("/org/newsidx/ner/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length == 2) {
                        map.put(NameNormalizer.key(f[0]), f[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CountryAliasTable(Map.copyOf(map));
    }

    private static final class Holder {
        private static final CountryAliasTable INSTANCE = load();
    }
}
