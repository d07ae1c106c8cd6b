package org.newsidx.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param resolvedFilters for each filtered dimension, the index values that the typed names matched
 *                        ("Macron" to "Emmanuel Macron")
 * @param facets          per dimension, top values with counts of articles (drill-sideways: a
 *                        dimension's counts ignore its own filter)
 * @param sampledDimensions the dimensions whose facet counts are estimates, scaled up from a sample of
 *                          the articles they count (many articles); the others' counts are exact
 */
public record SearchResult(String query, long totalPassages, long totalArticles, List<PassageHit> hits,
                           Map<String, List<FacetValue>> facets, Map<String, List<String>> resolvedFilters,
                           java.util.Set<String> sampledDimensions) {

    /** A result whose facet counts are exact. */
    public SearchResult(String query, long totalPassages, long totalArticles, List<PassageHit> hits,
                        Map<String, List<FacetValue>> facets, Map<String, List<String>> resolvedFilters) {
        this(query, totalPassages, totalArticles, hits, facets, resolvedFilters, java.util.Set.of());
    }

    /** Whether some facet counts are estimates. */
    public boolean facetsSampled() {
        return !sampledDimensions.isEmpty();
    }

    /** The dimensions whose counts are estimates, in the order of {@link #facets}. */
    public List<String> estimatedDimensions() {
        List<String> out = new java.util.ArrayList<>();
        for (String dim : facets.keySet()) {
            if (sampledDimensions.contains(dim)) {
                out.add(dim);
            }
        }
        return out;
    }

    /** Whether the counts of one dimension are estimates. */
    public boolean sampled(String dimension) {
        return sampledDimensions.contains(dimension);
    }
}
