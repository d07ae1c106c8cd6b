package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

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
    /** The drill-down hits (article documents), when facets are collected. */
    ArticleSet drillDown;
    /** Per filtered dimension, the articles that pass every other filter; when facets are collected. */
    final Map<String, ArticleSet> sideways = new LinkedHashMap<>();

    /** Article documents in index order, segment by segment. */
    static final class ArticleSet {
        private final List<LeafReaderContext> leaves = new ArrayList<>();
        private final List<int[]> docs = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private int[] current = new int[64];
        private int n;
        private long size;
        private FixedBitSet[] bits;

        void startLeaf() {
            current = new int[64];
            n = 0;
        }

        void add(int doc) {
            if (n == current.length) {
                current = Arrays.copyOf(current, n * 2);
            }
            current[n++] = doc;
        }

        void finishLeaf(LeafReaderContext ctx) {
            if (n > 0) {
                leaves.add(ctx);
                docs.add(current);
                counts.add(n);
                size += n;
            }
        }

        /** How many articles. */
        long size() {
            return size;
        }

        /**
         * How many of these articles have at least one of {@code terms} in {@code field} (a dimension's
         * filter terms: the forms of one name), each counted once ({@link #matches}). No lambdas: a
         * one-off search would pay for linking them.
         */
        long countHaving(String field, Collection<String> terms) throws IOException {
            long n = 0;
            for (int l = 0; l < leaves.size(); l++) {
                Terms inLeaf = leaves.get(l).reader().terms(field);
                if (inLeaf == null) {
                    continue;
                }
                TermsEnum te = inLeaf.iterator();
                // with several terms, an article that has two of them counts once
                DocList found = terms.size() > 1 ? new DocList() : null;
                for (String term : terms) {
                    if (te.seekExact(new BytesRef(term))) {
                        n += matches(l, te.docFreq(), te.postings(null, PostingsEnum.NONE), found);
                    }
                }
                if (found != null) {
                    n += found.distinct();
                }
            }
            return n;
        }

        /**
         * The articles of leaf {@code l} in {@code postings}: counted, or added to {@code found} (then
         * 0 is returned). A list much longer than the articles ("United States") skips to each of them;
         * a shorter one is read through and looked up in the set's bits.
         */
        private long matches(int l, int docFreq, PostingsEnum postings, DocList found) throws IOException {
            long n = 0;
            int c = counts.get(l);
            if (docFreq > 2 * c) {
                int[] d = docs.get(l);
                int at = -1;
                for (int i = 0; i < c && at != DocIdSetIterator.NO_MORE_DOCS; i++) {
                    if (at < d[i]) {
                        at = postings.advance(d[i]);
                    }
                    if (at == d[i]) {
                        n++;
                        if (found != null) {
                            found.add(at);
                        }
                    }
                }
            } else {
                FixedBitSet members = members(l);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (members.get(doc)) {
                        n++;
                        if (found != null) {
                            found.add(doc);
                        }
                    }
                }
            }
            return found == null ? n : 0;
        }

        /** The set's articles of one leaf as bits, made on first use (by either thread of a search). */
        private synchronized FixedBitSet members(int leaf) {
            if (bits == null) {
                bits = new FixedBitSet[leaves.size()];
            }
            if (bits[leaf] == null) {
                FixedBitSet b = new FixedBitSet(leaves.get(leaf).reader().maxDoc());
                int[] d = docs.get(leaf);
                int c = counts.get(leaf);
                for (int i = 0; i < c; i++) {
                    b.set(d[i]);
                }
                bits[leaf] = b;
            }
            return bits[leaf];
        }

        /** All of them, for facet counting. */
        FacetsCollector all() throws IOException {
            FacetsCollector fc = new FacetsCollector();
            for (int l = 0; l < leaves.size(); l++) {
                LeafCollector lc = fc.getLeafCollector(leaves.get(l));
                int[] d = docs.get(l);
                for (int i = 0, c = counts.get(l); i < c; i++) {
                    lc.collect(d[i]);
                }
                lc.finish();
            }
            return fc;
        }

        /**
         * At most {@code max} of them, evenly spread over the set in index order (the articles of every
         * part of the corpus are represented alike); this set when there are no more. The same set
         * always gives the same sample.
         */
        ArticleSet sample(int max) {
            if (size <= max) {
                return this;
            }
            ArticleSet out = new ArticleSet();
            long seen = 0;
            long k = 0;
            long next = (long) (0.5 * size / max); // position of the next article to take
            for (int l = 0; l < leaves.size(); l++) {
                int[] d = docs.get(l);
                int c = counts.get(l);
                out.startLeaf();
                while (k < max && next < seen + c) {
                    out.add(d[(int) (next - seen)]);
                    k++;
                    next = (long) ((k + 0.5) * size / max);
                }
                out.finishLeaf(leaves.get(l));
                seen += c;
            }
            return out;
        }
    }

    /** A growable list of doc ids, counted without repeats. */
    private static final class DocList {
        private int[] docs = new int[16];
        private int size;

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        int distinct() {
            Arrays.sort(docs, 0, size);
            int n = size == 0 ? 0 : 1;
            for (int i = 1; i < size; i++) {
                n += docs[i] != docs[i - 1] ? 1 : 0;
            }
            return n;
        }
    }

    private ArticleMatches() {
    }

    /**
     * @param passageQuery matches passage documents only
     * @param articles     the article documents (the last document of each block)
     * @param filters      per dimension, a filter on article documents
     * @param collectFacets whether to collect the article documents for facet counting
     */
    static ArticleMatches collect(IndexSearcher searcher, Query passageQuery, BitSetProducer articles,
                                  Map<String, Query> filters, boolean collectFacets) throws IOException {
        ArticleMatches m = new ArticleMatches();
        Weight passageWeight = searcher.createWeight(searcher.rewrite(passageQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int nf = filters.size();
        Weight[] filterWeights = new Weight[nf];
        ArticleSet[] side = new ArticleSet[nf];
        int i = 0;
        for (Map.Entry<String, Query> e : filters.entrySet()) {
            filterWeights[i] = searcher.createWeight(searcher.rewrite(e.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            if (collectFacets) {
                side[i] = new ArticleSet();
                m.sideways.put(e.getKey(), side[i]);
            }
            i++;
        }
        if (collectFacets) {
            m.drillDown = new ArticleSet();
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
            ArticleSet down = collectFacets ? m.drillDown : null;
            if (down != null) {
                down.startLeaf();
                for (ArticleSet s : side) {
                    s.startLeaf();
                }
            }
            m.collectLeaf(scorer.iterator(), parents, ctx.reader().getLiveDocs(), filterDocs, down, side);
            if (down != null) {
                down.finishLeaf(ctx);
                for (ArticleSet s : side) {
                    s.finishLeaf(ctx);
                }
            }
        }
        return m;
    }

    private void collectLeaf(DocIdSetIterator docs, BitSet parents, Bits live, DocIdSetIterator[] filterDocs,
                             ArticleSet down, ArticleSet[] sideLeaves) throws IOException {
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
                    down.add(parent);
                    for (ArticleSet s : sideLeaves) {
                        s.add(parent);
                    }
                }
            } else if (failed == 1 && down != null) {
                sideLeaves[failedDim].add(parent);
            }
        }
    }
}
