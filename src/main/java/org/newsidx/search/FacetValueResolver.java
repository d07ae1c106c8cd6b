package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsidx.analysis.ner.CountryBodies;
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
     * The index values a typed name stands for, each with its other forms across articles ({@link
     * NameVariants}: "Goldman, Sachs" and "Goldman Sachs", "Reagan" and "Ronald Reagan", "Labour" and
     * "Labour Party"); the typed name itself when nothing matches.
     */
    public List<String> resolve(String dim, String typed) throws IOException {
        return withVariants(dim, lookUp(dim, typed));
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

    /** Adds {@code value} unless it is null or already there (the order of first mention kept). */
    static void addOnce(List<String> values, String value) {
        if (value != null && !values.contains(value)) {
            values.add(value);
        }
    }

    private List<String> lookUp(String dim, String typed) throws IOException {
        boolean isValue = hasLiveTerm(IndexSchema.filterField(dim), new BytesRef(typed));
        if (dim.equals(IndexSchema.DIM_ORG) && CountryBodies.isBody(typed)) {
            // "Finance Ministry": the finance ministries of every country ("Japan Finance Ministry"), and
            // those whose country the article did not tell
            List<String> bodies = valuesWithPrefix(NameKeys.field(dim), NameKeys.prefix(NameKeys.FINAL_WORDS, typed));
            if (isValue) {
                bodies.add(0, typed);
            }
            if (!bodies.isEmpty()) {
                return bodies;
            }
        }
        if (isValue) {
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

    /** The live values under a key prefix, in term order (of each segment in turn). */
    private List<String> valuesWithPrefix(String field, String prefix) throws IOException {
        List<String> out = new ArrayList<>();
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
                    addOnce(out, t.utf8ToString().substring(prefix.length()));
                }
            }
        }
        return out;
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
