package org.newsidx.analysis.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;

/**
 * Gives every mention of an article the one name it counts under in facets:
 * <ul>
 *   <li>spelling normalised across the corpus ({@link NameNormalizer}: case, diacritics, possessives);</li>
 *   <li>people: titles stripped ("Sir Tim Barrow" -> "Tim Barrow"), and a shorter reference resolved to the
 *       full name the article introduces ("Mr Macron", "Macron" -> "Emmanuel Macron"; "Ms von der Leyen" ->
 *       "Ursula von der Leyen");</li>
 *   <li>acronyms defined in the text ("the European Union (EU)") -> their expansion;</li>
 *   <li>countries and their aliases -> one name from {@link AliasTable#countries()} ("UK", "Britain" ->
 *       "United Kingdom"), US state abbreviations -> {@link AliasTable#places()} ("Calif." -> "California");
 *       well-known organisation abbreviations -> {@link AliasTable#organisations()}
 *       ("EU" -> "European Union").</li>
 * </ul>
 * Thread-safe.
 */
public final class EntityCanonicalizer {

    private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\s*[(\\[]\\s*(\\p{Lu}[\\p{Lu}&.]{1,7})\\s*[)\\]]");

    private final AliasTable countries;
    private final AliasTable places;
    private final AliasTable organisations;
    private final AliasTable cityCountries;

    public EntityCanonicalizer(AliasTable countries, AliasTable places, AliasTable organisations,
                               AliasTable cityCountries) {
        this.countries = countries;
        this.places = places;
        this.organisations = organisations;
        this.cityCountries = cityCountries;
    }

    public static EntityCanonicalizer standard() {
        return new EntityCanonicalizer(AliasTable.countries(), AliasTable.places(), AliasTable.organisations(),
                AliasTable.cityCountries());
    }

    /**
     * The canonical form of a name a user typed ("UK" -> "United Kingdom", "Mr Macron" -> "Macron",
     * "Macron’s" -> "Macron"): what the alias table knows, otherwise the normalised name without titles.
     */
    public static String canonicalName(String typed) {
        String clean = withoutCompanyForm(stripTitles(NameNormalizer.normalize(typed)));
        return AliasTable.countries().canonical(clean)
                .or(() -> AliasTable.places().canonical(clean))
                .or(() -> AliasTable.organisations().canonical(clean)).orElse(clean);
    }

    /** Canonical names for the mentions of one article (in text order). */
    List<EntityMention> canonicalize(String text, List<RecognisedMention> mentions) {
        List<String> clean = new ArrayList<>(mentions.size());
        for (RecognisedMention m : mentions) {
            String c = NameNormalizer.normalize(m.text());
            if (m.type() == EntityType.PERSON) {
                c = stripTitles(c);
            }
            clean.add(c);
        }
        Map<String, String> fullNames = personFullNames(mentions, clean);
        Map<String, RecognisedMention> acronyms = new HashMap<>();
        Map<String, String> acronymExpansions = acronymDefinitions(text, mentions, clean, acronyms);
        List<EntityMention> out = new ArrayList<>(mentions.size());
        CountryBodies.ArticleCountries named = new CountryBodies.ArticleCountries(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            RecognisedMention m = mentions.get(i);
            String c = clean.get(i);
            String key = NameNormalizer.key(c);
            EntityType type = m.type();
            String canonical = c;
            if (acronymExpansions.containsKey(key)) {
                canonical = acronymExpansions.get(key);
                type = acronyms.get(key).type();
            } else if (type == EntityType.PERSON) {
                canonical = fullNames.getOrDefault(key, c);
            } else if (type == EntityType.PLACE || type == EntityType.ORG) {
                String country = countries.canonical(c).orElse(null);
                boolean dateline = type == EntityType.PLACE && StatisticalEntityRecognizer.isDateline(text, m);
                if (country != null) {
                    canonical = country;
                    type = EntityType.PLACE;
                    named.country(i, country, dateline);
                } else if (type == EntityType.PLACE) {
                    // "BONN, April 3 -": the dateline's capitals are a name, not an acronym ("IAAF")
                    canonical = places.canonical(c).orElse(dateline ? NameNormalizer.placeName(c) : c);
                    String cityCountry = cityCountries.canonical(canonical).orElse(null);
                    if (cityCountry != null) {
                        named.city(cityCountry, dateline);
                    }
                }
            }
            if (type == EntityType.ORG) {
                String bare = withoutCompanyForm(canonical);
                canonical = organisations.canonical(bare).orElse(bare);
            }
            out.add(new EntityMention(m.start(), m.end(), m.text(), type, canonical));
        }
        return organisationShortForms(CountryBodies.withTheirCountry(text, out, named));
    }

    /**
     * An organisation named in the article both in full and short counts under the full name: "the
     * Labour Party" ... "Labour" ({@link #partyName}); "the Liberal Democrats" ... "Liberal Democrat
     * leader" when the plural is the article's more frequent form ("International Monetary Funds"
     * once beside the Fund is no reason to rename the Fund).
     */
    static List<EntityMention> organisationShortForms(List<EntityMention> mentions) {
        Map<String, Integer> organisations = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.ORG) {
                organisations.merge(m.canonical(), 1, Integer::sum);
            }
        }
        if (organisations.size() < 2) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String full = null;
            if (m.type() == EntityType.ORG) {
                String c = m.canonical();
                String plural = pluralName(c);
                if (organisations.containsKey(partyName(c))) {
                    full = partyName(c);
                } else if (plural != null && organisations.getOrDefault(plural, 0) > organisations.get(c)) {
                    full = plural;
                }
            }
            out.add(full == null ? m : new EntityMention(m.start(), m.end(), m.text(), m.type(), full));
        }
        return out;
    }

    /** The party a short form may stand for ("Labour": "Labour Party"). */
    public static String partyName(String shortForm) {
        return shortForm + " Party";
    }

    /** The plural a singular form may stand for ("Liberal Democrat": "Liberal Democrats"), or null for a plural. */
    public static String pluralName(String singular) {
        return singular.endsWith("s") ? null : singular + "s";
    }

    /** Person name key -> the longest name in the article that ends with the same words. */
    private static Map<String, String> personFullNames(List<RecognisedMention> mentions, List<String> clean) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == EntityType.PERSON) {
                counts.merge(clean.get(i), 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        Map<String, String> out = new HashMap<>();
        for (String name : names) {
            String key = NameNormalizer.key(name);
            String best = name;
            int bestWords = wordCount(name);
            for (String other : names) {
                int otherWords = wordCount(other);
                if (otherWords <= wordCount(name) || otherWords > 4) {
                    continue;
                }
                String otherKey = NameNormalizer.key(other);
                if (otherKey.endsWith(" " + key)) {
                    if (otherWords > bestWords || (otherWords == bestWords && counts.get(other) > counts.get(best))) {
                        best = other;
                        bestWords = otherWords;
                    }
                }
            }
            if (best.equals(name) && bestWords == 1) {
                best = byFirstName(name, key, names);
            }
            out.put(key, best);
        }
        return out;
    }

    /** "Kim" -> "Kim Jong-un" when exactly one longer person name in the article starts with the word. */
    private static String byFirstName(String name, String key, List<String> names) {
        String found = null;
        for (String other : names) {
            if (wordCount(other) >= 2 && wordCount(other) <= 4 && NameNormalizer.key(other).startsWith(key + " ")) {
                if (found != null && !found.equals(other)) {
                    return name;
                }
                found = other;
            }
        }
        return found == null ? name : found;
    }

    /**
     * Acronyms the article defines in parentheses right after a mention whose initials they match
     * ("European Union (EU)"): acronym key -> expansion.
     */
    private static Map<String, String> acronymDefinitions(String text, List<RecognisedMention> mentions,
                                                          List<String> clean, Map<String, RecognisedMention> defined) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            RecognisedMention m = mentions.get(i);
            Matcher matcher = ACRONYM_DEFINITION.matcher(text);
            matcher.region(m.end(), Math.min(text.length(), m.end() + 16));
            if (!matcher.lookingAt()) {
                continue;
            }
            String acronym = matcher.group(1);
            String expansion = clean.get(i);
            if (wordCount(expansion) >= 2 && initialsMatch(expansion, acronym)) {
                String key = NameNormalizer.key(acronym);
                out.putIfAbsent(key, expansion);
                defined.putIfAbsent(key, m);
            }
        }
        return out;
    }

    private static boolean initialsMatch(String expansion, String acronym) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String w : expansion.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        String ini = initials.toString();
        return !letters.isEmpty() && (ini.equals(letters) || (ini.charAt(0) == letters.charAt(0)
                && isSubsequence(letters, expansion.toLowerCase(Locale.ROOT))));
    }

    private static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(j)) {
                j++;
            }
        }
        return j == needle.length();
    }

    /** "Sir Tim Barrow" -> "Tim Barrow", "Prime Minister Rishi Sunak" -> "Rishi Sunak"; never empties a name. */
    static String stripTitles(String name) {
        String[] words = name.split(" ");
        int from = 0;
        while (from < words.length - 1 && (PersonTitles.isTitle(words[from])
                || (PersonTitles.isTitlePrefix(words[from]) && from + 1 < words.length - 1
                && PersonTitles.isTitle(words[from + 1])))) {
            from++;
        }
        return from == 0 ? name : String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** The legal forms stripped from company names (lower case, without dots). */
    private static final java.util.Set<String> COMPANY_FORMS = CompanyForms.legalFormsAnd("sa", "spa", "kk");

    /**
     * A company's name without its legal form, so that "Exxon Corp", "Exxon Corp." and "Exxon" count as
     * one ("Texaco Inc" -> "Texaco", "Procter & Gamble Co" -> "Procter & Gamble", "Deutsche Bank AG" ->
     * "Deutsche Bank"). Spelled-out forms stay: they are part of formal names ("Commodity Credit
     * Corporation"). A name is never emptied.
     */
    static String withoutCompanyForm(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && COMPANY_FORMS.contains(words[end - 1].replace(".", "").replace(",", "").toLowerCase(Locale.ROOT))) {
            end--;
            if (end > 1 && (words[end - 1].equals("&") || words[end - 1].equalsIgnoreCase("and"))) {
                end--; // "Smith & Co"
            }
        }
        if (end == words.length) {
            return name;
        }
        String out = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
        return out.endsWith(",") ? out.substring(0, out.length() - 1) : out;
    }

    /** {@code s.split(" ").length} (trailing empty pieces dropped), without the split. */
    private static int wordCount(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
