package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.Facets;
import org.newsidx.index.NameVariants;

/**
 * The top values of a name dimension with the values that name one entity counted as one: forms that
 * differ only in case or punctuation under the form most articles have ({@link NameVariants}), a
 * surname standing alone under the one full name it stands for, an organisation's short form under
 * its full name ({@link FacetValueResolver#fullName}). The articles of such values are apart (an
 * article that names both forms was already resolved to one), so the sum is the count. A count does
 * not depend on how many values are shown: a value shown also gets the counts of its other forms
 * when they are not among the values taken.
 */
final class FacetValueFolder {

    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private final FacetValueResolver resolver;
    private final NameVariants variants;

    FacetValueFolder(FacetValueResolver resolver, NameVariants variants) {
        this.resolver = resolver;
        this.variants = variants;
    }

    /** The top {@code limit} values, taken twice as long first so that folding values leaves enough. */
    List<FacetValue> top(String dim, Facets facets, int limit) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        PassageSearcher.topValues(facets, dim, limit * 2).forEach(v -> counts.put(v.value(), v.count()));
        boolean changed = foldVariants(dim, facets, counts);
        if (FacetValueResolver.linksNames(dim)) {
            changed |= linkShortNames(dim, facets, counts);
        }
        List<FacetValue> out = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> out.add(new FacetValue(value, count)));
        if (changed) {
            out.sort(BY_COUNT);
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private boolean foldVariants(String dim, Facets facets, Map<String, Long> counts) throws IOException {
        if (variants.size() == 0) {
            return false;
        }
        Set<String> folded = moveCounts(dim, facets, counts, value -> variants.dominant(dim, value));
        boolean changed = !folded.isEmpty();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            for (String variant : variants.variants(dim, e.getKey())) {
                if (!folded.contains(variant)) {
                    long own = count(facets, dim, variant);
                    e.setValue(e.getValue() + own);
                    changed |= own > 0;
                }
            }
        }
        return changed;
    }

    private boolean linkShortNames(String dim, Facets facets, Map<String, Long> counts) throws IOException {
        Set<String> folded = moveCounts(dim, facets, counts, value -> resolver.fullName(dim, value));
        boolean changed = !folded.isEmpty();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String shortName = FacetValueResolver.shortFormOf(dim, e.getKey());
            if (shortName == null || folded.contains(shortName) || counts.containsKey(shortName)) {
                continue;
            }
            long own = count(facets, dim, shortName); // mostly 0: the index look-up only when counted
            if (own > 0 && e.getKey().equals(resolver.fullName(dim, shortName))) {
                e.setValue(e.getValue() + own);
                changed = true;
            }
        }
        return changed;
    }

    /** The value another counts under, or null; may read the index. */
    private interface Target {
        String of(String value) throws IOException;
    }

    /** Moves the count of each value that has a target onto the target; returns the values moved. */
    private static Set<String> moveCounts(String dim, Facets facets, Map<String, Long> counts, Target target)
            throws IOException {
        Set<String> moved = new HashSet<>();
        for (String value : List.copyOf(counts.keySet())) {
            String to = target.of(value);
            if (to != null) {
                long own = counts.remove(value);
                long toCount = counts.containsKey(to) ? counts.get(to) : count(facets, dim, to);
                counts.put(to, toCount + own);
                moved.add(value);
            }
        }
        return moved;
    }

    private static long count(Facets facets, String dim, String value) throws IOException {
        try {
            return Math.max(0, facets.getSpecificValue(dim, value).longValue());
        } catch (IllegalArgumentException notIndexed) {
            return 0;
        }
    }
}
