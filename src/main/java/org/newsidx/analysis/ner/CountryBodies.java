package org.newsidx.analysis.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;

/**
 * Bodies that every country has ("Finance Ministry", "Central Bank", "Supreme Court"; the resource
 * {@code bodies-of-any-country.txt}): as facet values they would lump the bodies of many countries
 * together, so the canonicaliser names them with their country ({@link #withTheirCountry}: "Japan
 * Finance Ministry"). Thread-safe.
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

    /** The countries an article names, directly or through its cities, and its dateline's. */
    static final class ArticleCountries {
        private final boolean[] isCountry;
        private final Set<String> all = new HashSet<>();
        private final Set<String> direct = new HashSet<>();
        private String dateline;

        ArticleCountries(int mentions) {
            isCountry = new boolean[mentions];
        }

        /** Mention {@code i} names a country. */
        void country(int i, String country, boolean atDateline) {
            isCountry[i] = true;
            direct.add(country);
            named(country, atDateline);
        }

        /**
         * The dateline's country when the article names it, writes its adjective
         * ({@code country-adjectives.tsv}: "Japanese") or names no country; the former state that held its
         * city when the article names it or writes its adjective ({@code former-states.tsv}: a 1987 story
         * from Hamburg about "West German" prices); otherwise null.
         */
        String dateline(String text) {
            if (dateline == null || direct.contains(dateline)) {
                return dateline;
            }
            for (FormerState former : FORMER_STATES.getOrDefault(dateline, List.of())) {
                if (direct.contains(former.name()) || text.contains(former.adjective())) {
                    return former.name();
                }
            }
            // a story filed in one country about another ("MIAMI" for Peru's central bank, "LONDON" for
            // Iran's foreign ministry) names the other and not its own: no country then
            String adjective = ADJECTIVES.get(dateline);
            return direct.isEmpty() || adjective != null && text.contains(adjective) ? dateline : null;
        }

        /** A mention names a city of a country. */
        void city(String country, boolean atDateline) {
            named(country, atDateline);
        }

        private void named(String country, boolean atDateline) {
            all.add(country);
            if (atDateline && dateline == null) {
                dateline = country;
            }
        }
    }

    /** Country -> the adjective news write for it ({@code country-adjectives.tsv}: "Japanese"). */
    private static final Map<String, String> ADJECTIVES = adjectives();

    private static Map<String, String> adjectives() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : NerResources.rows("country-adjectives.tsv", 2)) {
            out.put(row[0], row[1]);
        }
        return Map.copyOf(out);
    }

    /** A state that older news names ("West Germany"), and the adjective its text uses ("West German"). */
    private record FormerState(String name, String adjective) {
    }

    /** Country -> the former states that held its cities ({@code former-states.tsv}). */
    private static final Map<String, List<FormerState>> FORMER_STATES = formerStates();

    private static Map<String, List<FormerState>> formerStates() {
        Map<String, List<FormerState>> out = new HashMap<>();
        for (String[] row : NerResources.rows("former-states.tsv", 3)) {
            out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new FormerState(row[1], row[2]));
        }
        return Map.copyOf(out);
    }

    /** "Japan's Finance Ministry": a country, perhaps a possessive, then the body. */
    private static final Pattern BEFORE_A_BODY = Pattern.compile("(?:['’]s)?\\s+(?:the\\s+)?");

    /**
     * A body that every country has ("Finance Ministry", "Central Bank") is
     * named with its country: the country named just before it ("Japan's Finance Ministry"), else the
     * country of the article's dateline ("TOKYO, March 3 -"), else the only country the article names
     * (directly or by its cities). Otherwise it stays bare: in a Reuters story from Tokyo that names
     * only the United States, the Finance Ministry is Japan's.
     */
    static List<EntityMention> withTheirCountry(String text, List<EntityMention> mentions, ArticleCountries named) {
        boolean anyBody = false;
        for (EntityMention m : mentions) {
            anyBody |= m.type() == EntityType.ORG && isBody(m.canonical());
        }
        if (!anyBody || named.all.isEmpty()) {
            return mentions;
        }
        String dateline = named.dateline(text);
        String articleCountry = dateline != null ? dateline : named.all.size() == 1 ? named.all.iterator().next() : null;
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() == EntityType.ORG && isBody(m.canonical())) {
                EntityMention before = i > 0 && named.isCountry[i - 1] ? mentions.get(i - 1) : null;
                String country = before != null && before.end() < m.start()
                        && BEFORE_A_BODY.matcher(text.substring(before.end(), m.start())).matches()
                        ? before.canonical() : articleCountry;
                if (country != null) {
                    m = new EntityMention(m.start(), m.end(), m.text(), m.type(),
                            ofCountry(country, m.canonical()));
                }
            }
            out.add(m);
        }
        return out;
    }

    private static final class Holder {
        private static final Set<String> NAMES = load();

        private static Set<String> load() {
            return NerResources.words("bodies-of-any-country.txt");
        }
    }
}
