package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.Facets;
import org.newsidx.index.IndexSchema;
import org.newsidx.index.NameVariants;

/**
 * The top values of a name dimension with the values that name one entity counted as one, under the
 * form the index's {@link NameVariants} table records for them: forms that differ only in case or
 * punctuation, an acronym under its expansion, a surname standing alone under the one full name it
 * stands for, an organisation's short form under its full name. A value shown that takes others counts the
 * articles that have any of them (an article may name two forms: "IBM" beside "International Business
 * Machines"); the values are ranked by the sums first, so a value just below those shown could have
 * ranked above one of them. A count does not depend on how many values are shown: a value also takes
 * its other forms when they are not among the values taken.
 */
final class FacetValueFolder {

    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private final IndexSnapshot index;

    FacetValueFolder(IndexSnapshot index) {
        this.index = index;
    }

    /**
     * The top {@code limit} values, taken twice as long first so that folding values leaves enough.
     *
     * @param facets  counts over {@code counted}
     * @param counted the articles counted (all that match, or a sample of them)
     */
    List<FacetValue> top(String dim, Facets facets, ArticleMatches.ArticleSet counted, int limit) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FacetValue v : PassageSearcher.topValues(facets, dim, limit * 2)) { // no lambda: a one-off search
            counts.put(v.value(), v.count());
        }
        Map<String, Set<String>> members = new HashMap<>();
        boolean changed = foldVariants(dim, facets, counts, members);
        List<FacetValue> out = new ArrayList<>(counts.size());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.add(new FacetValue(e.getKey(), e.getValue()));
        }
        if (!changed) {
            return out.size() > limit ? out.subList(0, limit) : out;
        }
        // the values shown that took others count their articles again: the sums are upper bounds, and
        // recounting the values not shown too cost warm searches on Reuters x9 about 0.1 ms more
        out.sort(BY_COUNT);
        out = new ArrayList<>(out.subList(0, Math.min(limit, out.size())));
        String field = IndexSchema.filterField(dim);
        for (int i = 0; i < out.size(); i++) {
            String value = out.get(i).value();
            Set<String> forms = members.get(value);
            if (forms != null) {
                List<String> all = new ArrayList<>(forms.size() + 1);
                all.add(value);
                all.addAll(forms);
                out.set(i, new FacetValue(value, counted.countHaving(field, all)));
            }
        }
        out.sort(BY_COUNT);
        return out;
    }

    private boolean foldVariants(String dim, Facets facets, Map<String, Long> counts, Map<String, Set<String>> members)
            throws IOException {
        NameVariants variants = index.nameVariants();
        if (variants.size() == 0) {
            return false;
        }
        Set<String> folded = moveCounts(dim, facets, counts, members, variants);
        boolean changed = !folded.isEmpty();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            for (String variant : variants.variants(dim, e.getKey())) {
                long own = folded.contains(variant) ? 0 : count(facets, dim, variant);
                if (own > 0) {
                    take(members, e, variant, own);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * Moves each value that counts under another (its dominant form among {@code variants}), with the
     * values it took, into that one's members (which takes the value's place when it was not among the
     * values); returns the values moved. No lambdas on this path: a
     * one-off search would pay for linking each of them.
     */
    private Set<String> moveCounts(String dim, Facets facets, Map<String, Long> counts,
                                   Map<String, Set<String>> members, NameVariants variants) throws IOException {
        Set<String> moved = new HashSet<>();
        for (String value : new ArrayList<>(counts.keySet())) {
            String to = variants.dominant(dim, value);
            if (to != null) {
                long own = counts.remove(value);
                if (!counts.containsKey(to)) {
                    counts.put(to, own + count(facets, dim, to)); // an estimate for the order until recounted
                }
                Set<String> into = membersOf(members, to);
                into.add(value);
                Set<String> taken = members.remove(value);
                if (taken != null) {
                    into.addAll(taken);
                }
                moved.add(value);
            }
        }
        return moved;
    }

    /** A value takes another form, not among the values, with its count (an upper bound until recounted). */
    private static void take(Map<String, Set<String>> members, Map.Entry<String, Long> value, String form, long count) {
        membersOf(members, value.getKey()).add(form);
        value.setValue(value.getValue() + count);
    }

    private static Set<String> membersOf(Map<String, Set<String>> members, String value) {
        Set<String> set = members.get(value);
        if (set == null) {
            set = new HashSet<>();
            members.put(value, set);
        }
        return set;
    }

    private static long count(Facets facets, String dim, String value) throws IOException {
        try {
            return Math.max(0, facets.getSpecificValue(dim, value).longValue());
        } catch (IllegalArgumentException notIndexed) {
            return 0;
        }
    }
}
