package org.newsidx.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsidx.analysis.ner.AliasTable;
import org.newsidx.analysis.ner.EntityCanonicalizer;
import org.newsidx.analysis.ner.StatisticalEntityRecognizer;

/**
 * Facet values of one dimension that are other forms of one name across articles, counted under one
 * form in the facets and found together by a filter:
 * <ul>
 * <li>forms that differ only in case, punctuation or accents ("Goldman, Sachs", "Goldman Sachs",
 * "goldman sachs"), under the form most articles have; forms of keys under four letters are left
 * alone ("LA", Los Angeles, and "La", Louisiana);</li>
 * <li>an organisation's acronym in articles that never spell it out ("SEC", {@link #addAcronyms}),
 * under its expansion;</li>
 * <li>a firm's name with and without a descriptive ending ("Morgan Stanley Group",
 * {@link #addDescribedForms}), a body named either way round ("Department of Agriculture",
 * {@link #addReorderedForms}), and a body after its country in different forms ("U.S. Supreme Court",
 * "United States Supreme Court", {@link #addCountryForms});</li>
 * <li>an initial with the rest of a person's name ("J Lewsey", {@link #addInitialForms}), and a name
 * with and without its middle initial ("George W Bush", {@link #addMiddleInitialForms});</li>
 * <li>a surname standing alone ("Reagan", in articles that never give the first name) under the one
 * full name it clearly stands for ({@link #addSurnames}), and an organisation's short form ("Labour",
 * "Liberal Democrat") under its full name ({@link #addShortForms}).</li>
 * </ul>
 * Found at the end of each index run that changes articles, from the keys of {@link NameKeys} (the
 * forms of one whole-name key are neighbours in the term dictionary; initials are keys too), and
 * recorded in the commit data, which a search reads with the commit it opens anyway. Immutable.
 */
public final class NameVariants {

    /** Versioned: a newsidx whose rules differ finds the table again at its first index run. */
    private static final String COMMIT_KEY = "variants-4";
    /** The keys of the tables of earlier rules, newest first (read by searches until the next index run). */
    private static final List<String> PREVIOUS_COMMIT_KEYS = List.of("variants-3", "variants-2");
    private static final int MIN_KEY_LETTERS = 4;

    public static final NameVariants NONE = new NameVariants(Map.of());

    /** dim -> variant -> the form most articles have. */
    private final Map<String, Map<String, String>> dominant;
    /** dim -> dominant form -> its variants. */
    private final Map<String, Map<String, List<String>>> variants = new HashMap<>();

    private NameVariants(Map<String, Map<String, String>> dominant) {
        this.dominant = dominant;
        // no lambdas: built at a one-off search
        for (Map.Entry<String, Map<String, String>> dim : dominant.entrySet()) {
            Map<String, List<String>> byForm = new HashMap<>();
            for (Map.Entry<String, String> e : dim.getValue().entrySet()) {
                List<String> list = byForm.get(e.getValue());
                if (list == null) {
                    list = new ArrayList<>(2);
                    byForm.put(e.getValue(), list);
                }
                list.add(e.getKey());
            }
            variants.put(dim.getKey(), byForm);
        }
    }

    /** The variants among the values of {@link IndexSchema#NAME_DIMS} in the live articles of an index. */
    public static NameVariants find(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String dim : IndexSchema.NAME_DIMS) {
            Terms terms = MultiTerms.getTerms(reader, NameKeys.field(dim));
            if (terms == null) {
                continue;
            }
            Map<String, String> forms = new TreeMap<>();
            ArticleCounts counts = new ArticleCounts(searcher, dim);
            TermsEnum te = terms.iterator();
            if (te.seekCeil(new BytesRef(String.valueOf(NameKeys.WHOLE))) == TermsEnum.SeekStatus.END) {
                continue;
            }
            String key = null;
            List<String> group = new ArrayList<>();
            List<String> acronyms = new ArrayList<>();
            Set<String> values = new HashSet<>();
            for (BytesRef t = te.term(); t != null; t = te.next()) {
                String term = t.utf8ToString();
                if (term.charAt(0) != NameKeys.WHOLE) {
                    break;
                }
                int sep = term.indexOf(NameKeys.SEPARATOR);
                String k = term.substring(1, sep);
                if (!k.equals(key)) {
                    addGroup(counts, key, group, forms);
                    key = k;
                    group.clear();
                }
                String value = term.substring(sep + 1);
                group.add(value);
                values.add(value);
                if (ACRONYM.matcher(value).matches()) {
                    acronyms.add(value);
                }
            }
            addGroup(counts, key, group, forms);
            if (dim.equals(IndexSchema.DIM_ORG)) {
                addAcronyms(counts, terms, acronyms, forms);
                addDescribedForms(counts, values, forms);
                addReorderedForms(counts, values, forms);
                addCountryForms(counts, values, forms);
                addShortForms(counts, values, forms);
            } else if (IndexSchema.PEOPLE_DIMS.contains(dim)) {
                addInitialForms(counts, values, forms);
                addMiddleInitialForms(counts, values, forms);
                addSurnames(counts, terms, values, forms);
            }
            resolveChains(forms);
            if (!forms.isEmpty()) {
                out.put(dim, forms);
            }
        }
        return new NameVariants(out);
    }

    /**
     * A form of a form ("S. Best" -> "S Best" -> "Simon Best") counts under the last; a form whose
     * chain comes back to it (two rules linking two names each way) counts under none.
     */
    private static void resolveChains(Map<String, String> forms) {
        List<String> circular = new ArrayList<>();
        for (Map.Entry<String, String> e : forms.entrySet()) {
            String form = e.getValue();
            for (int hops = 0; forms.containsKey(form) && !form.equals(e.getKey()) && hops < 8; hops++) {
                form = forms.get(form);
            }
            if (form.equals(e.getKey()) || forms.containsKey(form)) {
                circular.add(e.getKey());
            } else {
                e.setValue(form);
            }
        }
        for (String value : circular) {
            forms.remove(value);
        }
    }

    /** The values under a key prefix of a dimension's {@link NameKeys} terms, in term order. */
    private static List<String> valuesUnder(Terms keys, String keyPrefix) throws IOException {
        List<String> values = new ArrayList<>();
        BytesRef prefix = new BytesRef(keyPrefix);
        TermsEnum te = keys.iterator();
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return values;
        }
        for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix);
             t = te.next()) {
            values.add(t.utf8ToString().substring(keyPrefix.length()));
        }
        return values;
    }

    /**
     * A surname standing alone as a value ("Reagan", from articles that never give the first name) is
     * the full name ending with it that no other comes near in number of articles, nor all the
     * others together ({@link Leader#isClearOwner}), named in two articles or more unless the surname is
     * no given name; "Baker" (James Baker in 189 articles, Howard Baker in 29) is neither.
     * A surname is one word, perhaps hyphenated, with a capital; the dominant form of its key counts
     * too ("Kilroy Silk", the commoner form of "Kilroy-Silk", is Robert Kilroy-Silk). A full name ends
     * with the surname's whole last words ("Francis" is not Mark Lewis-Francis). When there are full
     * names, they compete, not their initial forms ("J Lewsey" is Josh Lewsey). Within an article the
     * canonicaliser already did this; this links articles.
     */
    private static void addSurnames(ArticleCounts counts, Terms keys, Set<String> values,
                                    Map<String, String> forms) throws IOException {
        // capitalised values and their keys; a surname's key is the key of a one-word value
        Map<String, String> valueKeys = new HashMap<>();
        Set<String> surnameKeys = new HashSet<>();
        for (String v : values) {
            if (Character.isUpperCase(v.charAt(0))) {
                String key = NameKeys.normalise(v);
                valueKeys.put(v, key);
                if (v.indexOf(' ') < 0) {
                    surnameKeys.add(key);
                }
            }
        }
        for (Map.Entry<String, String> e : valueKeys.entrySet()) {
            String surname = e.getKey();
            String key = e.getValue();
            if (forms.containsKey(surname) || !surnameKeys.contains(key)) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            boolean fullNames = false;
            for (String v : valuesUnder(keys, NameKeys.prefix(NameKeys.FINAL_WORDS, surname))) {
                if (endsWithWords(v, key)) {
                    candidates.add(v);
                    fullNames |= !isInitialForm(v);
                }
            }
            if (fullNames) {
                candidates.removeIf(NameVariants::isInitialForm);
            }
            // forms of one name (found above: "George Bush" is "George W Bush") count as one candidate
            Map<String, Integer> byForm = new LinkedHashMap<>();
            for (String c : candidates) {
                byForm.merge(forms.getOrDefault(c, c), counts.of(c), Integer::sum);
            }
            Leader leader = Leader.of(byForm);
            // one article is enough for a surname that is no given name ("Minnis"); "David" of Reuters is
            // not the Craig David of one article
            if (leader.isClearOwner() && (leader.count >= 2 || !StatisticalEntityRecognizer.shared().isGivenName(surname))) {
                forms.put(surname, leader.value);
            }
        }
    }

    /** Whether the words after one of a name's spaces are, normalised, {@code key}. */
    private static boolean endsWithWords(String name, String key) {
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            if (NameKeys.normalise(name.substring(space + 1)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation's short form standing alone as a value is its full name, by the rules the
     * canonicaliser applies within an article: "Labour" (from articles that never say "Labour Party")
     * is the party when at least two articles name it so; "Liberal Democrat" is the "Liberal Democrats"
     * when more articles have the plural.
     */
    private static void addShortForms(ArticleCounts counts, Set<String> values,
                                      Map<String, String> forms) throws IOException {
        for (String shortForm : values) {
            if (forms.containsKey(shortForm)) {
                continue;
            }
            String party = EntityCanonicalizer.partyName(shortForm);
            String plural = EntityCanonicalizer.pluralName(shortForm);
            if (values.contains(party) && counts.of(party) >= 2) {
                forms.put(shortForm, party);
            } else if (plural != null && values.contains(plural)
                    && counts.of(plural) > counts.of(shortForm)) {
                forms.put(shortForm, plural);
            }
        }
    }

    /** An acronym as a value: two to six capitals, each perhaps with a dot ("SEC", "U.S.D.A."). */
    private static final Pattern ACRONYM = Pattern.compile("(\\p{Lu}\\.?){2,6}");

    /** How many times more articles the expansion of an acronym must have than any other of its initials. */
    private static final int DOMINANCE = 5;

    /**
     * An acronym standing alone ("SEC", in articles that never spell it out) is the one value of the
     * dimension whose initials it is ("Securities and Exchange Commission"), when that one is named in
     * two articles or more, far more than any other with the same initials ({@link #DOMINANCE}: "ICO"
     * is the coffee and the cocoa organisation), and at least one article names both.
     */
    private static void addAcronyms(ArticleCounts counts, Terms keys, List<String> acronyms,
                                    Map<String, String> forms) throws IOException {
        for (String acronym : acronyms) {
            if (forms.containsKey(acronym)) {
                continue;
            }
            String initials = NameKeys.normalise(acronym).replace(" ", "");
            List<String> candidates = valuesUnder(keys, NameKeys.INITIALS + initials + NameKeys.SEPARATOR);
            Leader leader = Leader.of(counts, candidates);
            if (leader.value != null && leader.count >= 2 && leader.second * DOMINANCE <= leader.count
                    && counts.together(acronym, leader.value) > 0) {
                forms.put(acronym, leader.value);
            }
        }
    }

    /**
     * Words that a firm's or a body's name may carry or drop without naming another one ("Morgan
     * Stanley Group", "Barclays Bank", "Federal Reserve Board", "Ford Motor", "Salomon Brothers"),
     * each with the family it belongs to (a plural or an abbreviation is the same ending).
     */
    private static final Map<String, String> DESCRIPTIVE_ENDINGS = Map.of("Group", "group", "Holdings", "holding",
            "Holding", "holding", "Bank", "bank", "Brothers", "brothers", "Bros", "brothers", "Motor", "motor",
            "Motors", "motor", "Board", "board");

    /**
     * A name with a descriptive ending and the same name without it ("Morgan Stanley Group", "Morgan
     * Stanley") are one organisation when articles name both: at least two, three when the short name
     * is one word ("Ford Motor" and "Ford"; "Delta Motor" and "Delta", the airline, stay apart). They
     * count under the form more articles have. A short name that several endings extend alike
     * ("Mitsubishi Bank", "Mitsubishi Motors") is a family of firms, and none of them is it
     * ({@link #dominantFamily}).
     */
    private static void addDescribedForms(ArticleCounts counts, Set<String> values,
                                          Map<String, String> forms) throws IOException {
        // short name -> ending family -> the most articles a longer form of that family has
        Map<String, Map<String, Integer>> families = new HashMap<>();
        Map<String, String> longerOf = new TreeMap<>();
        for (String longer : values) {
            int space = longer.lastIndexOf(' ');
            String family = space <= 0 ? null : DESCRIPTIVE_ENDINGS.get(longer.substring(space + 1));
            String shorter = family == null ? null : longer.substring(0, space);
            if (shorter != null && values.contains(shorter)) {
                families.computeIfAbsent(shorter, k -> new HashMap<>())
                        .merge(family, counts.of(longer), Math::max);
                longerOf.put(longer, shorter);
            }
        }
        for (Map.Entry<String, String> pair : longerOf.entrySet()) {
            String longer = pair.getKey();
            String shorter = pair.getValue();
            if (!dominantFamily(families.get(shorter), DESCRIPTIVE_ENDINGS.get(longer.substring(longer.lastIndexOf(' ') + 1)))
                    || forms.containsKey(longer) || forms.containsKey(shorter)) {
                continue;
            }
            if (counts.together(longer, shorter) < (shorter.indexOf(' ') < 0 ? 3 : 2)) {
                continue;
            }
            underTheCommoner(counts, longer, shorter, forms);
        }
    }

    /**
     * Whether the longer forms of one ending family far outnumber those of any other ending of the same
     * short name ({@link #DOMINANCE} times the articles): Mitsubishi Bank (10 articles) and Mitsubishi
     * Motors (11) are a family of firms, and "Mitsubishi" is neither; the Federal Reserve Board (126)
     * and the Federal Reserve Banks (3) leave "Federal Reserve" to the Board.
     */
    private static boolean dominantFamily(Map<String, Integer> families, String family) {
        int own = families.get(family);
        for (Map.Entry<String, Integer> other : families.entrySet()) {
            if (!other.getKey().equals(family) && other.getValue() * DOMINANCE > own) {
                return false;
            }
        }
        return true;
    }

    /** "U.S. Department of Agriculture" and "U.S. Agriculture Department": a body named either way round. */
    private static final Pattern HEAD_OF_SUBJECT = Pattern.compile(
            "(.*?)\\b(Department|Ministry|Office|Agency|Bureau|Commission|Committee|Board|Institute) of "
                    + "(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)");

    /**
     * A body named "Head of Subject" and "Subject Head" with the same words before ("U.S. Department of
     * Agriculture", "U.S. Agriculture Department"; "Ministry of Finance", "Finance Ministry") is one,
     * counted under the form more articles have. Not councils: the Council of State and the State
     * Council are two bodies (France's and China's).
     */
    private static void addReorderedForms(ArticleCounts counts, Set<String> values,
                                          Map<String, String> forms) throws IOException {
        for (String value : values) {
            Matcher m = HEAD_OF_SUBJECT.matcher(value);
            if (!m.matches()) {
                continue;
            }
            String other = m.group(1) + m.group(3) + " " + m.group(2);
            if (!values.contains(other) || forms.containsKey(value) || forms.containsKey(other)) {
                continue;
            }
            underTheCommoner(counts, value, other, forms);
        }
    }

    /**
     * A body named after its country in different forms ("U.S. Supreme Court", "US Supreme Court",
     * "United States Supreme Court", which the canonicaliser writes for a "Supreme Court" of an American
     * story) is one, counted under the form most articles have: the leading words that are a country's
     * alias ({@link AliasTable#countries}) are read as the country.
     */
    private static void addCountryForms(ArticleCounts counts, Set<String> values,
                                        Map<String, String> forms) throws IOException {
        Map<String, List<String>> byKey = unmappedBy(values, forms, NameVariants::countryFormKey);
        for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
            addGroup(counts, e.getKey(), e.getValue(), forms);
        }
    }

    /** The whole-name key of a name with its leading country alias read as the country, or null when it has none. */
    private static String countryFormKey(String name) {
        String[] words = name.split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String prefix = String.join(" ", Arrays.copyOf(words, n));
            String country = AliasTable.countries().canonical(prefix).orElse(null);
            // "U.S.", "UK", "West German", "Japan"; not "America" ("America West" is not "US West")
            boolean countryForm = n > 1 || prefix.indexOf('.') >= 0 || prefix.equals(prefix.toUpperCase(Locale.ROOT))
                    || prefix.equals(country);
            if (country != null && countryForm) {
                return NameKeys.normalise(country + " "
                        + String.join(" ", Arrays.copyOfRange(words, n, words.length)));
            }
        }
        return null;
    }

    /** Maps the one of two forms that fewer live articles have to the other (on a tie, {@code a} to {@code b}). */
    private static void underTheCommoner(ArticleCounts counts, String a, String b,
                                         Map<String, String> forms) throws IOException {
        if (counts.of(a) > counts.of(b)) {
            forms.put(b, a);
        } else {
            forms.put(a, b);
        }
    }

    /**
     * How many live articles have a value of one dimension, each value counted once per {@link #find}
     * (the rules ask for the same names again and again; the reader does not change meanwhile).
     */
    private static final class ArticleCounts {
        private final IndexSearcher searcher;
        private final String field;
        private final Map<String, Integer> counts = new HashMap<>();

        ArticleCounts(IndexSearcher searcher, String dim) {
            this.searcher = searcher;
            this.field = IndexSchema.filterField(dim);
        }

        /** How many live articles have the value. */
        int of(String value) throws IOException {
            Integer n = counts.get(value);
            if (n == null) {
                n = searcher.count(new TermQuery(new Term(field, value)));
                counts.put(value, n);
            }
            return n;
        }

        /** How many live articles have both values. */
        int together(String a, String b) throws IOException {
            return searcher.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(field, a)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(field, b)), BooleanClause.Occur.FILTER)
                    .build());
        }
    }

    /**
     * Of candidate names with their numbers of articles: the one with the most ({@code value}, null when
     * none has any), its number ({@code count}), the most any other has ({@code second}) and all the
     * others have together ({@code others}).
     */
    private record Leader(String value, int count, int second, int others) {

        /** From names and their numbers of articles, in the map's order (the first wins a tie). */
        static Leader of(Map<String, Integer> articles) {
            String best = null;
            int bestCount = 0;
            int second = 0;
            int total = 0;
            for (Map.Entry<String, Integer> e : articles.entrySet()) {
                int n = e.getValue();
                total += n;
                if (n > bestCount) {
                    second = bestCount;
                    best = e.getKey();
                    bestCount = n;
                } else {
                    second = Math.max(second, n);
                }
            }
            return new Leader(best, bestCount, second, total - bestCount);
        }

        static Leader of(ArticleCounts counts, List<String> candidates) throws IOException {
            Map<String, Integer> articles = new LinkedHashMap<>();
            for (String candidate : candidates) {
                articles.put(candidate, counts.of(candidate));
            }
            return of(articles);
        }

        /**
         * Whether the leader is clearly the person a shorter form names: no other candidate comes near
         * it (not a tie, and {@link #PERSON_DOMINANCE} times fewer articles, two allowed). A misspelt "Represenative
         * Clayton Yeutter" or a rare "Nancy Reagan" leaves "Reagan" to Ronald Reagan; "Howard Baker" in 29
         * articles against "James Baker" in 189 leaves "Baker" to neither.
         */
        boolean isClearPerson() {
            return value != null && second < count && second <= Math.max(2, count / PERSON_DOMINANCE);
        }

        /**
         * Whether the leader is the one a surname alone names across articles: {@link #isClearPerson}, and
         * named in more than twice as many articles as all the others together. "Reagan" is Ronald Reagan
         * (24 articles against 3 for three others); "Brown" is not William Brown (3 articles; nine other
         * Browns have 9), nor "Wagner" Ulrich Wagner (2 against 2).
         */
        boolean isClearOwner() {
            return isClearPerson() && count > 2 * others;
        }
    }

    /** "J Lewsey", "J. Lewsey": an initial, then the rest of a name. */
    private static boolean isInitialForm(String name) {
        int space = name.indexOf(' ');
        return (space == 1 || space == 2 && name.charAt(1) == '.') && Character.isUpperCase(name.charAt(0))
                && space + 1 < name.length();
    }

    /** How many times more articles a person's full name must have than any other it could be. */
    private static final int PERSON_DOMINANCE = 20;

    /**
     * An initial with the rest of a name ("J Lewsey", the line-ups of sports reports; "H. Minnis") is
     * the one full name with that initial and that rest ("Josh Lewsey"), when no other comes near it in
     * number of articles (James and Jason Robinson: "J Robinson" stays apart) and an article names both
     * ("D Jones" of a Welsh line-up is not Digby Jones of the CBI).
     */
    private static void addInitialForms(ArticleCounts counts, Set<String> values,
                                        Map<String, String> forms) throws IOException {
        Map<String, List<String>> byRest = new HashMap<>();
        for (String v : values) {
            int space = v.indexOf(' ');
            if (space > 1 && !isInitialForm(v)) {
                byRest.computeIfAbsent(v.substring(space + 1), k -> new ArrayList<>()).add(v);
            }
        }
        for (String v : values) {
            if (!isInitialForm(v) || forms.containsKey(v)) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (String full : byRest.getOrDefault(v.substring(v.indexOf(' ') + 1), List.of())) {
                if (full.charAt(0) == v.charAt(0)) {
                    candidates.add(full);
                }
            }
            Leader leader = Leader.of(counts, candidates);
            if (leader.isClearPerson() && counts.together(v, leader.value) > 0) {
                forms.put(v, leader.value);
            }
        }
    }

    /** The values not yet mapped to another form, grouped by {@code key} (null: no group), in key order. */
    private static Map<String, List<String>> unmappedBy(Set<String> values, Map<String, String> forms,
                                                        java.util.function.Function<String, String> key) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String value : values) {
            String k = key.apply(value);
            if (k != null && !forms.containsKey(value)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
            }
        }
        return groups;
    }

    /** How many times more articles one of a name's forms with and without a middle initial must have. */
    private static final int MIDDLE_INITIAL_DOMINANCE = 3;

    /**
     * A name with a middle initial and the same name without it ("George W Bush", "George Bush") are
     * one person, under the form in more articles, when that form has {@link #MIDDLE_INITIAL_DOMINANCE}
     * times the other's articles (a corpus that has both Presidents Bush in like numbers keeps them
     * apart) and the name has only one middle-initial form ("George H.W. Bush" beside "George W Bush":
     * neither).
     */
    private static void addMiddleInitialForms(ArticleCounts counts, Set<String> values,
                                              Map<String, String> forms) throws IOException {
        Map<String, List<String>> byPlainForm = unmappedBy(values, forms, NameVariants::withoutMiddleInitials);
        for (Map.Entry<String, List<String>> e : byPlainForm.entrySet()) {
            String plain = e.getKey();
            if (e.getValue().size() != 1 || !values.contains(plain) || forms.containsKey(plain)) {
                continue;
            }
            String middle = e.getValue().get(0);
            int withMiddle = counts.of(middle);
            int without = counts.of(plain);
            if (withMiddle >= MIDDLE_INITIAL_DOMINANCE * without) {
                forms.put(plain, middle);
            } else if (without >= MIDDLE_INITIAL_DOMINANCE * withMiddle) {
                forms.put(middle, plain);
            }
        }
    }

    /**
     * "George Bush" for "George W Bush" or "George H.W. Bush": a name of three words or more whose
     * inner words are all initials, without them; null for any other name.
     */
    static String withoutMiddleInitials(String name) {
        String[] words = name.split(" ");
        if (words.length < 3 || isInitialWord(words[0]) || isInitialWord(words[words.length - 1])) {
            return null;
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (!isInitialWord(words[i])) {
                return null;
            }
        }
        return words[0] + " " + words[words.length - 1];
    }

    /** "W", "W.", "H.W.": capital letters each with or without a dot. */
    private static boolean isInitialWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean letter = Character.isUpperCase(c) && (i + 1 == w.length() || w.charAt(i + 1) == '.');
            if (!letter && !(c == '.' && i > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Maps the forms of one key, but the one most live articles have, to that one. */
    private static void addGroup(ArticleCounts counts, String key, List<String> group,
                                 Map<String, String> forms) throws IOException {
        if (group.size() < 2 || key.replace(" ", "").length() < MIN_KEY_LETTERS) {
            return;
        }
        String best = null;
        int bestCount = 0;
        List<String> live = new ArrayList<>();
        for (String value : group) {
            int n = counts.of(value);
            if (n == 0) {
                continue;
            }
            live.add(value);
            // more articles first; on a tie the form that sorts first ("GenCorp" before "Gencorp")
            if (n > bestCount || n == bestCount && value.compareTo(best) < 0) {
                best = value;
                bestCount = n;
            }
        }
        for (String value : live) {
            if (!value.equals(best)) {
                forms.put(value, best);
            }
        }
    }

    /**
     * The variants an index's commit data records, or null when it records no table of these rules (an
     * older index): the next index run finds the table again.
     */
    public static NameVariants recordedIn(Map<String, String> commitData) {
        // a table of earlier rules (PREVIOUS_COMMIT_KEYS) is read by searches until then
        return commitData.containsKey(COMMIT_KEY) ? of(commitData) : null;
    }

    /** The variants an index's commit data records; none when it records none. */
    public static NameVariants of(Map<String, String> commitData) {
        String table = commitData.get(COMMIT_KEY);
        for (int i = 0; table == null && i < PREVIOUS_COMMIT_KEYS.size(); i++) {
            table = commitData.get(PREVIOUS_COMMIT_KEYS.get(i));
        }
        if (table == null || table.isEmpty()) {
            return NONE;
        }
        // read at every search: no regular expressions, no sorted maps
        Map<String, Map<String, String>> out = new HashMap<>();
        for (int at = 0; at < table.length(); ) {
            int end = table.indexOf('\n', at);
            end = end < 0 ? table.length() : end;
            int tab = table.indexOf('\t', at);
            int tab2 = tab < 0 ? -1 : table.indexOf('\t', tab + 1);
            if (tab > at && tab2 > tab && tab2 < end) {
                String dim = table.substring(at, tab);
                Map<String, String> forms = out.get(dim);
                if (forms == null) {
                    forms = new HashMap<>();
                    out.put(dim, forms);
                }
                forms.put(table.substring(tab + 1, tab2), table.substring(tab2 + 1, end));
            }
            at = end + 1;
        }
        return new NameVariants(out);
    }

    /** {@code commitData} with these variants recorded (one "dim TAB variant TAB form" line each). */
    public Map<String, String> record(Map<String, String> commitData) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(dominant).forEach((dim, forms) -> new TreeMap<>(forms).forEach((variant, form) ->
                sb.append(dim).append('\t').append(variant).append('\t').append(form).append('\n')));
        Map<String, String> out = new HashMap<>(commitData);
        out.put(COMMIT_KEY, sb.toString());
        return out;
    }

    /** The form a value counts under, or null when the value is that form or has no variants. */
    public String dominant(String dim, String value) {
        Map<String, String> forms = dominant.get(dim);
        return forms == null ? null : forms.get(value);
    }

    /** The other forms that count under a dominant form (empty when there are none). */
    public List<String> variants(String dim, String form) {
        Map<String, List<String>> byForm = variants.get(dim);
        List<String> list = byForm == null ? null : byForm.get(form);
        return list == null ? List.of() : list;
    }

    /** How many values are variants of another. */
    public int size() {
        int size = 0;
        for (Map<String, String> forms : dominant.values()) {
            size += forms.size();
        }
        return size;
    }
}
