package org.newsidx.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.newsidx.index.IndexSchema;

/**
 * Maps a name as a user types it to the facet values in the index: exact (ignoring case, accents and
 * a possessive), then by last name or by the final words ("Macron" finds "Emmanuel Macron", "von der
 * Leyen" finds "Ursula von der Leyen"), then by initialism ("EU" finds "European Union").
 */
public final class FacetValueResolver {

    private final IndexSnapshot index;

    public FacetValueResolver(IndexSnapshot index) {
        this.index = index;
    }

    /** The index values a typed name stands for; the typed name itself when nothing matches. */
    public List<String> resolve(String dim, String typed) throws IOException {
        List<String> values = values(dim);
        String key = normalise(typed);
        List<String> exact = new ArrayList<>();
        List<String> byLastWords = new ArrayList<>();
        List<String> byInitials = new ArrayList<>();
        for (String v : values) {
            String nv = normalise(v);
            if (nv.equals(key)) {
                exact.add(v);
            } else if (nv.endsWith(" " + key)) {
                byLastWords.add(v);
            } else if (key.length() >= 2 && !key.contains(" ") && initials(nv).equals(key)) {
                byInitials.add(v);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        if (!byLastWords.isEmpty()) {
            return byLastWords;
        }
        return byInitials.isEmpty() ? List.of(typed) : byInitials;
    }

    /** Every value of a flat dimension in the index. */
    List<String> values(String dim) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        String field = IndexSchema.filterField(dim);
        for (LeafReaderContext ctx : index.reader().leaves()) {
            LeafReader leaf = ctx.reader();
            Terms terms = leaf.terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.add(t.utf8ToString());
            }
        }
        return new ArrayList<>(out);
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n;
    }

    private static String initials(String normalised) {
        StringBuilder sb = new StringBuilder();
        for (String w : normalised.split(" ")) {
            if (!w.isEmpty() && !Set.of("of", "the", "and", "for", "de").contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
