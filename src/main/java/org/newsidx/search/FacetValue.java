package org.newsidx.search;

/** One facet value and the number of articles in the current result that have it. */
public record FacetValue(String value, long count) {
}
