package org.newsidx.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * One pass over the passages that match a query, article by article (a block's passages come
 * just before its article document): the exact numbers of matching passages and articles under the
 * filters, and the article documents to count facets on, as drill-sideways sees them. An article
 * whose passages match and that passes every filter is a drill-down hit (counted in every
 * dimension); one that fails exactly one filter counts only in that filter's dimension, so that a
 * filtered dimension shows its alternatives. This is what {@code DrillSideways} over a
 * passage-to-article block join computes, without a second pass to count the passages.
 */
final class ArticleMatches {

    /** Passages and articles matching the query and every filter. */
    long passages;
    long articles;
    /** The drill-down hits, when facets are collected. */
    FacetsCollector drillDown;
    /** Per filtered dimension, the articles that pass every other filter; when facets are collected. */
    final Map<String, FacetsCollector> sideways = new LinkedHashMap<>();

    private ArticleMatches() {
    }

    /**
     * @param passageQuery matches passage documents only
     * @param articles     the article documents (the last document of each block)
     * @param filters      per dimension, a filter that holds alike on an article and its passages
     * @param collectFacets whether to collect the article documents for facet counting
     */
    static ArticleMatches collect(IndexSearcher searcher, Query passageQuery, BitSetProducer articles,
                                  Map<String, Query> filters, boolean collectFacets) throws IOException {
        ArticleMatches m = new ArticleMatches();
        Weight passageWeight = searcher.createWeight(searcher.rewrite(passageQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int nf = filters.size();
        Weight[] filterWeights = new Weight[nf];
        FacetsCollector[] side = new FacetsCollector[nf];
        int i = 0;
        for (Map.Entry<String, Query> e : filters.entrySet()) {
            filterWeights[i] = searcher.createWeight(searcher.rewrite(e.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            if (collectFacets) {
                side[i] = new FacetsCollector();
                m.sideways.put(e.getKey(), side[i]);
            }
            i++;
        }
        if (collectFacets) {
            m.drillDown = new FacetsCollector();
        }
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            Scorer scorer = passageWeight.scorer(ctx);
            BitSet parents = scorer == null ? null : articles.getBitSet(ctx);
            if (parents == null) {
                continue;
            }
            DocIdSetIterator[] filterDocs = new DocIdSetIterator[nf];
            for (int f = 0; f < nf; f++) {
                Scorer s = filterWeights[f].scorer(ctx);
                filterDocs[f] = s == null ? DocIdSetIterator.empty() : s.iterator();
            }
            LeafCollector down = collectFacets ? m.drillDown.getLeafCollector(ctx) : null;
            LeafCollector[] sideLeaves = new LeafCollector[nf];
            for (int f = 0; f < nf && collectFacets; f++) {
                sideLeaves[f] = side[f].getLeafCollector(ctx);
            }
            m.collectLeaf(scorer.iterator(), parents, ctx.reader().getLiveDocs(), filterDocs, down, sideLeaves);
            if (down != null) {
                down.finish();
                for (LeafCollector s : sideLeaves) {
                    s.finish();
                }
            }
        }
        return m;
    }

    private void collectLeaf(DocIdSetIterator docs, BitSet parents, Bits live, DocIdSetIterator[] filterDocs,
                             LeafCollector down, LeafCollector[] sideLeaves) throws IOException {
        int nf = filterDocs.length;
        int doc = docs.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int parent = parents.nextSetBit(doc);
            if (parent == DocIdSetIterator.NO_MORE_DOCS) {
                return; // passages without an article: not part of any block
            }
            int matched = 0;
            while (doc <= parent) {
                if (doc < parent && (live == null || live.get(doc))) {
                    matched++;
                }
                doc = docs.nextDoc();
            }
            if (matched == 0 || (live != null && !live.get(parent))) {
                continue;
            }
            int failed = 0;
            int failedDim = -1;
            for (int f = 0; f < nf; f++) {
                DocIdSetIterator fd = filterDocs[f];
                if (fd.docID() < parent) {
                    fd.advance(parent);
                }
                if (fd.docID() != parent) {
                    failedDim = f;
                    if (++failed > 1) {
                        break;
                    }
                }
            }
            if (failed == 0) {
                passages += matched;
                articles++;
                if (down != null) {
                    down.collect(parent);
                    for (LeafCollector s : sideLeaves) {
                        s.collect(parent);
                    }
                }
            } else if (failed == 1 && down != null) {
                sideLeaves[failedDim].collect(parent);
            }
        }
    }
}
