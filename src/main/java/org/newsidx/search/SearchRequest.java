package org.newsidx.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search: the query text, filters, and the page of hits wanted.
 *
 * @param query    Lucene query syntax; empty matches everything
 * @param filters  dimension (person, org, place, source, speaker) to the values typed by the user:
 *                 OR within a dimension, AND across dimensions
 * @param from     first publication day, or null
 * @param to       last publication day, or null
 * @param mentions periods the article must mention ("2022", "2022-12", "2022-12-08"), OR'ed
 * @param limit    hits per page
 * @param offset   hits to skip
 * @param facetTop values per facet dimension
 * @param perArticle at most this many passages of one article in the hits (0: no limit)
 * @param exactCounts whether facets count all the matching articles, also when there are so many that
 *                 a search counts an even sample of them and scales the counts up (slower: counting
 *                 reads every facet value of every article counted)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            List<String> mentions, int limit, int offset, int facetTop, int perArticle,
                            boolean exactCounts) {

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A search whose facet counts over many articles are estimates. */
    public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                         List<String> mentions, int limit, int offset, int facetTop, int perArticle) {
        this(query, filters, from, to, mentions, limit, offset, facetTop, perArticle, false);
    }

    /** This search with its facets counted over all the matching articles. */
    public SearchRequest withExactCounts() {
        return new SearchRequest(query, filters, from, to, mentions, limit, offset, facetTop, perArticle, true);
    }
}
