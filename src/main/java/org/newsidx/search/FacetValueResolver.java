package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsidx.analysis.ner.EntityCanonicalizer;
import org.newsidx.index.IndexSchema;
import org.newsidx.index.NameVariants;
import org.newsidx.index.NameKeys;

/**
 * Maps a name as a user types it to the facet values in the index: the value itself, else the
 * values whose whole name matches ignoring case, accents and possessives, else those whose final
 * words match ("Macron" finds "Emmanuel Macron", "von der Leyen" finds "Ursula von der Leyen"), else
 * those whose initials match ("EU" finds "European Union"); country and organisation aliases
 * ("Britain", "U.S.") go through the entity canonicaliser's alias table first. Lookups are seeks in the term dictionary
 * of {@link NameKeys}; nothing is scanned.
 */
public final class FacetValueResolver {

    private final IndexSnapshot index;

    public FacetValueResolver(IndexSnapshot index) {
        this.index = index;
    }

    /**
     * The index values a typed name stands for; the typed name itself when nothing matches. For
     * people and organisations, a value comes with the other value of the same one across articles
     * ({@link #fullName}: "Reagan" and "Ronald Reagan", "Labour" and "Labour Party").
     */
    public List<String> resolve(String dim, String typed) throws IOException {
        List<String> values = withVariants(dim, lookUp(dim, typed));
        if (!linksNames(dim)) {
            return values;
        }
        List<String> out = new ArrayList<>(values);
        for (String v : values) {
            String full = fullName(dim, v);
            addOnce(out, full != null ? full : shortNameOf(dim, v));
        }
        return out;
    }

    /** The values with the other forms of each ({@link NameVariants}: "Goldman, Sachs" and "Goldman Sachs"). */
    private List<String> withVariants(String dim, List<String> values) {
        NameVariants variants = index.nameVariants();
        if (variants.size() == 0) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String form = variants.dominant(dim, v);
            form = form == null ? v : form;
            addOnce(out, form);
            for (String same : variants.variants(dim, form)) {
                addOnce(out, same);
            }
        }
        return out;
    }

    private static void addOnce(List<String> values, String value) {
        if (value != null && !values.contains(value)) {
            values.add(value);
        }
    }

    /** Whether values of {@code dim} are linked across articles: people's surnames, organisations' short forms. */
    public static boolean linksNames(String dim) {
        return IndexSchema.PEOPLE_DIMS.contains(dim) || dim.equals(IndexSchema.DIM_ORG);
    }

    /**
     * The full name in the index that a surname standing alone as a value stands for: "Reagan" (from
     * articles that never give the first name) is "Ronald Reagan" when no other person value ending
     * with the word comes near it in number of articles ({@link NameVariants.Leader#isClearPerson});
     * null when there is no full name, or no clear one ("Baker": James and Howard). For organisations,
     * a short form's full name ({@link #organisationFullName}). Within an article the canonicaliser
     * already did this; this links articles.
     */
    public String fullName(String dim, String shortName) throws IOException {
        if (dim.equals(IndexSchema.DIM_ORG)) {
            return organisationFullName(shortName);
        }
        if (!IndexSchema.PEOPLE_DIMS.contains(dim) || shortName.indexOf(' ') >= 0) {
            return null;
        }
        Map<String, Integer> articles = valueFrequencies(NameKeys.field(dim),
                NameKeys.prefix(NameKeys.FINAL_WORDS, shortName));
        // "J Lewsey" is no other person than "Josh Lewsey" (NameVariants links them): when there are full
        // names, they compete, not their initial forms. No lambdas or streams: a one-off search would pay
        // for linking them.
        boolean fullNames = false;
        for (String v : articles.keySet()) {
            fullNames |= v.indexOf(' ') > 0 && !NameVariants.isInitialForm(v);
        }
        if (fullNames) {
            for (java.util.Iterator<String> it = articles.keySet().iterator(); it.hasNext(); ) {
                if (NameVariants.isInitialForm(it.next())) {
                    it.remove();
                }
            }
        }
        NameVariants.Leader leader = NameVariants.Leader.of(articles);
        return leader.isClearPerson() ? leader.value() : null;
    }

    /**
     * The live values under a key prefix, in term order, with the number of articles that have each
     * (deleted ones included).
     */
    private Map<String, Integer> valueFrequencies(String field, String prefix) throws IOException {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        BytesRef p = new BytesRef(prefix);
        for (LeafReaderContext ctx : index.reader().leaves()) {
            Terms terms = ctx.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p); t = te.next()) {
                if (isLive(te, live)) {
                    out.merge(t.utf8ToString().substring(prefix.length()), te.docFreq(), Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * An organisation's full name in the index for a short form standing alone as a value, by the
     * rules the canonicaliser applies within an article: "Labour" (from articles that never say
     * "Labour Party") is the party when at least two articles name it so; "Liberal Democrat" is the
     * "Liberal Democrats" when more articles have the plural. Null otherwise.
     */
    private String organisationFullName(String shortForm) throws IOException {
        String field = IndexSchema.filterField(IndexSchema.DIM_ORG);
        String party = EntityCanonicalizer.partyName(shortForm);
        if (articles(field, party) >= 2) {
            return party;
        }
        String plural = EntityCanonicalizer.pluralName(shortForm);
        return plural != null && articles(field, plural) > articles(field, shortForm) ? plural : null;
    }

    /** The number of articles with this value (deleted ones included). */
    private int articles(String field, String value) throws IOException {
        int n = 0;
        BytesRef term = new BytesRef(value);
        for (LeafReaderContext ctx : index.reader().leaves()) {
            Terms terms = ctx.reader().terms(field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                if (te.seekExact(term)) {
                    n += te.docFreq();
                }
            }
        }
        return n;
    }

    /**
     * The short form that {@link #fullName} may link to a full name: a person's surname ("Lewsey" of
     * "Josh Lewsey"), an organisation's short form ("Labour" of "Labour Party"); null when there is none.
     * Whether the index links them is {@link #fullName}'s answer.
     */
    public static String shortFormOf(String dim, String fullName) {
        return dim.equals(IndexSchema.DIM_ORG) ? EntityCanonicalizer.organisationShortForm(fullName)
                : fullName.indexOf(' ') < 0 ? null : fullName.substring(fullName.lastIndexOf(' ') + 1);
    }

    /** The short value that {@link #fullName} links to this full name, or null. */
    private String shortNameOf(String dim, String fullName) throws IOException {
        String shortName = shortFormOf(dim, fullName);
        if (shortName == null || !hasLiveTerm(IndexSchema.filterField(dim), new BytesRef(shortName))) {
            return null;
        }
        return fullName.equals(fullName(dim, shortName)) ? shortName : null;
    }

    private List<String> lookUp(String dim, String typed) throws IOException {
        if (hasLiveTerm(IndexSchema.filterField(dim), new BytesRef(typed))) {
            return List.of(typed);
        }
        // the alias table of the entity canonicaliser ("UK", "Britain" -> "United Kingdom"), which also
        // strips titles ("Mr Macron", "Sir Tim Barrow")
        String canonical = EntityCanonicalizer.canonicalName(typed);
        if (!canonical.equals(typed) && hasLiveTerm(IndexSchema.filterField(dim), new BytesRef(canonical))) {
            return List.of(canonical);
        }
        for (char kind : new char[] {NameKeys.WHOLE, NameKeys.FINAL_WORDS, NameKeys.INITIALS}) {
            for (String name : canonical.equals(typed) ? List.of(typed) : List.of(typed, canonical)) {
                List<String> values = valuesWithPrefix(NameKeys.field(dim), NameKeys.prefix(kind, name));
                if (!values.isEmpty()) {
                    return values;
                }
            }
        }
        return List.of(typed);
    }

    /** The values under a key prefix, in term order. */
    private List<String> valuesWithPrefix(String field, String prefix) throws IOException {
        return new ArrayList<>(valueFrequencies(field, prefix).keySet());
    }

    private boolean hasLiveTerm(String field, BytesRef term) throws IOException {
        for (LeafReaderContext ctx : index.reader().leaves()) {
            Terms terms = ctx.reader().terms(field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                if (te.seekExact(term) && isLive(te, ctx.reader().getLiveDocs())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a term still has a document that is not deleted. */
    private static boolean isLive(TermsEnum te, Bits live) throws IOException {
        if (live == null) {
            return true;
        }
        PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live.get(d)) {
                return true;
            }
        }
        return false;
    }
}
