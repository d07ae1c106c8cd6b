package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.Query;
import org.newsidx.index.IndexSchema;

/**
 * The totals and facet counts of one search. One pass over the matching passages finds the articles
 * (drill-sideways: each filtered dimension's counts ignore its own filter, so that they show the
 * alternatives); then each dimension's top values are taken, a dimension at a time, by whichever
 * thread is free: the index's second thread, which runs {@link #call}, and the searching thread once
 * it has ranked and highlighted its passages ({@link #help}). No lambdas: a one-off search would pay
 * for linking them.
 */
final class FacetCounting implements Callable<FacetCounting.Counts> {

    /**
     * Facets are counted exactly over up to this many articles; over more, on this many of them,
     * evenly spread (counting reads every facet value of every article counted, which is most of the
     * time of a search that matches tens of thousands of articles), and the counts are scaled up; with
     * {@link SearchRequest#exactCounts}, over all of them.
     */
    static final int SAMPLE = 2000;

    private static final List<String> DIMS = IndexSchema.ALL_DIMS;

    /** Totals, values per dimension (in {@link IndexSchema#ALL_DIMS} order), and the dimensions whose counts are estimates. */
    record Counts(long passages, long articles, Map<String, List<FacetValue>> values, Set<String> sampled) {
    }

    private final IndexSnapshot index;
    private final FacetValueFolder folder;
    private final Query matching;
    private final Map<String, Query> filters;
    private final SearchRequest request;

    private final CountDownLatch prepared = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(DIMS.size());
    private final AtomicInteger next = new AtomicInteger();
    // written before prepared counts down, read after it
    private ArticleMatches matches;
    private SortedSetDocValuesReaderState state;
    private Set<String> indexed;
    private Facets drillDown;
    private ArticleMatches.ArticleSet drillDownCounted;
    // one slot per dimension, written by the thread that took it, read after finished
    private final List<List<FacetValue>> values = new ArrayList<>();
    private final boolean[] sampled = new boolean[DIMS.size()];
    private final Throwable[] failures = new Throwable[DIMS.size()];

    FacetCounting(IndexSnapshot index, FacetValueFolder folder, Query matching, Map<String, Query> filters,
                  SearchRequest request) {
        this.index = index;
        this.folder = folder;
        this.matching = matching;
        this.filters = filters;
        this.request = request;
        for (int i = 0; i < DIMS.size(); i++) {
            values.add(List.of());
        }
    }

    /** On the second thread: the pass over the passages, its share of the dimensions, then the result. */
    @Override
    public Counts call() throws IOException {
        try {
            prepare();
        } finally {
            prepared.countDown();
        }
        takeDimensions();
        awaitUninterruptibly(finished);
        for (Throwable t : failures) {
            if (t != null) {
                throw BackgroundTask.asThrown(t);
            }
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        Set<String> estimated = new HashSet<>();
        for (int i = 0; i < DIMS.size(); i++) {
            out.put(DIMS.get(i), values.get(i));
            if (sampled[i]) {
                estimated.add(DIMS.get(i));
            }
        }
        return new Counts(matches.passages, matches.articles, out, estimated);
    }

    /** On the searching thread, its own work done: takes the dimensions not yet taken (none when the pass failed). */
    void help() {
        awaitUninterruptibly(prepared);
        if (matches != null) {
            takeDimensions();
        }
    }

    private void prepare() throws IOException {
        state = request.facetTop() <= 0 ? null : index.facetState();
        matches = ArticleMatches.collect(index.searcher(), matching, ArticleBlocks.PARENTS, filters, state != null);
        if (state != null) {
            indexed = new HashSet<>();
            for (String dim : state.getDims()) {
                indexed.add(dim);
            }
            // counted here, once, for all the dimensions without a filter of their own
            drillDownCounted = matches.drillDown.sample(sampleSize());
            drillDown = new OneReaderAtATime(new SortedSetDocValuesFacetCounts(state, drillDownCounted.all()));
        }
    }

    private void takeDimensions() {
        for (int i = next.getAndIncrement(); i < DIMS.size(); i = next.getAndIncrement()) {
            try {
                values.set(i, top(i));
            } catch (Throwable t) {
                failures[i] = t;
            } finally {
                finished.countDown();
            }
        }
    }

    /** The top values of dimension {@code i}. */
    private List<FacetValue> top(int i) throws IOException {
        String dim = DIMS.get(i);
        if (state == null || !indexed.contains(dim)) {
            return List.of();
        }
        // a filtered dimension counts its own (drill-sideways) articles; the others share the drill-down hits
        ArticleMatches.ArticleSet sideways = matches.sideways.get(dim);
        ArticleMatches.ArticleSet articles = sideways == null ? matches.drillDown : sideways;
        ArticleMatches.ArticleSet counted = sideways == null ? drillDownCounted : sideways.sample(sampleSize());
        Facets facets = sideways == null ? drillDown : new SortedSetDocValuesFacetCounts(state, counted.all());
        List<FacetValue> top = IndexSchema.NAME_DIMS.contains(dim)
                ? folder.top(dim, facets, counted, request.facetTop())
                : PassageSearcher.topValues(facets, dim, request.facetTop());
        if (counted != articles) {
            sampled[i] = true;
            top = scaled(top, articles.size(), SAMPLE);
        }
        return top;
    }

    private int sampleSize() {
        return request.exactCounts() ? Integer.MAX_VALUE : SAMPLE;
    }

    /** Counts on an even sample of {@code sampled} articles out of {@code of}, scaled to the whole set. */
    static List<FacetValue> scaled(List<FacetValue> counts, long of, int sampled) {
        List<FacetValue> out = new ArrayList<>(counts.size());
        for (FacetValue v : counts) {
            out.add(new FacetValue(v.value(), Math.min(of, Math.round((double) v.count() * of / sampled))));
        }
        return out;
    }

    /**
     * Facets read by both threads: Lucene's sorted-set counts look labels up through one doc values
     * iterator of their own, which only one thread at a time may use. The calls are short; the longer
     * work of a dimension (a filtered one's own counts, recounting a folded value) is outside them.
     */
    private static final class OneReaderAtATime extends Facets {
        private final Facets facets;

        OneReaderAtATime(Facets facets) {
            this.facets = facets;
        }

        @Override
        public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
            return facets.getAllChildren(dim, path);
        }

        @Override
        public synchronized FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
            return facets.getTopChildren(topN, dim, path);
        }

        @Override
        public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
            return facets.getSpecificValue(dim, path);
        }

        @Override
        public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
            return facets.getAllDims(topN);
        }

        @Override
        public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
            return facets.getTopDims(topNDims, topNChildren);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
