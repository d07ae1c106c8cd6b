package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.cli.Main;
import org.newsidx.index.IndexSchema;

/**
 * The one-pass counts of {@link ArticleMatches} against Lucene's own DrillSideways over a
 * passage-to-article block join (what the searcher used before), on the samples.
 */
class ArticleMatchesTest {

    @TempDir
    static Path tmp;
    static IndexSnapshot index;

    private static final Query PASSAGES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE));
    private static final Query ARTICLES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE));

    @BeforeAll
    static void indexSamples() throws Exception {
        Path dir = tmp.resolve("index");
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), "samples"));
        index = IndexSnapshot.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Query term(String dim, String value) {
        return new TermQuery(new Term(IndexSchema.filterField(dim), value));
    }

    private static Query words(String text) {
        try {
            return new QueryFactory(IndexSchema.analyzer()).parse(text);
        } catch (QuerySyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sameAsDrillSidewaysOverTheBlockJoin() throws IOException {
        long from = java.time.LocalDate.parse("2019-01-01").toEpochDay();
        long to = java.time.LocalDate.parse("2022-12-31").toEpochDay();
        List<Map<String, Query>> filterSets = List.of(
                Map.of(),
                Map.of(IndexSchema.DIM_PLACE, term(IndexSchema.DIM_PLACE, "France")),
                linked(IndexSchema.DIM_PLACE, term(IndexSchema.DIM_PLACE, "France"),
                        IndexSchema.DIM_PUBLISHED, LongPoint.newRangeQuery(IndexSchema.PUBLISHED_DAY, from, to)),
                linked(IndexSchema.DIM_ORG, term(IndexSchema.DIM_ORG, "European Union"),
                        IndexSchema.DIM_PLACE, term(IndexSchema.DIM_PLACE, "United Kingdom")));
        int nonEmpty = 0;
        for (Query user : List.of(words("returns agreement"), words("said"), words("migrants"), words("oil OR election"))) {
            for (Map<String, Query> filters : filterSets) {
                nonEmpty += compare(user, filters) > 0 ? 1 : 0;
            }
        }
        assertTrue(nonEmpty >= 10, "the cases match something: " + nonEmpty);
    }

    private static Map<String, Query> linked(String d1, Query q1, String d2, Query q2) {
        Map<String, Query> m = new LinkedHashMap<>();
        m.put(d1, q1);
        m.put(d2, q2);
        return m;
    }

    private long compare(Query user, Map<String, Query> filters) throws IOException {
        IndexSearcher searcher = index.searcher();
        SortedSetDocValuesReaderState state = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
                index.reader(), IndexSchema.facetsConfig());
        Query passages = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST)
                .add(PASSAGES, BooleanClause.Occur.FILTER).build();
        ArticleMatches m = ArticleMatches.collect(searcher, passages, new QueryBitSetProducer(ARTICLES), filters, true);

        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(passages, BooleanClause.Occur.MUST);
        filters.values().forEach(f -> filtered.add(ArticleBlocks.passagesOf(f), BooleanClause.Occur.FILTER));
        assertEquals(searcher.count(filtered.build()), m.passages, "passages of " + user + " " + filters);

        DrillDownQuery ddq = new DrillDownQuery(IndexSchema.facetsConfig(), new ToParentBlockJoinQuery(passages,
                new QueryBitSetProducer(ARTICLES), ScoreMode.None));
        filters.forEach(ddq::add);
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> r = new DrillSideways(searcher, IndexSchema.facetsConfig(), state)
                .search(ddq, new TotalHitCountCollectorManager());
        assertEquals(r.collectorResult.longValue(), m.articles, "articles of " + user + " " + filters);
        Facets down = new SortedSetDocValuesFacetCounts(index.facetState(), m.drillDown.all());
        for (String dim : List.of(IndexSchema.DIM_PERSON, IndexSchema.DIM_ORG, IndexSchema.DIM_PLACE,
                IndexSchema.DIM_PUBLISHED)) {
            Facets mine = m.sideways.containsKey(dim) ? new SortedSetDocValuesFacetCounts(index.facetState(), m.sideways.get(dim).all()) : down;
            assertEquals(PassageSearcher.topValues(r.facets, dim, 50), PassageSearcher.topValues(mine, dim, 50),
                    dim + " of " + user + " " + filters);
        }
        return m.articles;
    }

    @Test
    void aSampleIsEvenlySpreadAndTheSameEveryTime() throws IOException {
        org.apache.lucene.index.LeafReaderContext leaf = index.reader().leaves().get(0);
        int maxDoc = leaf.reader().maxDoc();
        assertTrue(maxDoc >= 100, "samples have enough documents: " + maxDoc);
        ArticleMatches.ArticleSet set = new ArticleMatches.ArticleSet();
        set.startLeaf();
        for (int d = 0; d < 100; d++) {
            set.add(d);
        }
        set.finishLeaf(leaf);
        assertEquals(100, set.size());
        assertEquals(List.of(5, 15, 25, 35, 45, 55, 65, 75, 85, 95), docs(set.sample(10).all()));
        assertEquals(10, set.sample(10).size());
        assertEquals(docs(set.sample(10).all()), docs(set.sample(10).all()));
        assertEquals(100, docs(set.sample(1000).all()).size());
        assertEquals(docs(set.all()), docs(set.sample(100).all()));
    }

    @Test
    void aSetCountsItsArticlesThatHaveAnyOfAValuesFormsOnce() throws IOException {
        ArticleMatches m = ArticleMatches.collect(index.searcher(), PASSAGES, ArticleBlocks.PARENTS, Map.of(), true);
        ArticleMatches.ArticleSet all = m.drillDown;
        String field = IndexSchema.filterField(IndexSchema.DIM_PLACE);
        int france = index.searcher().count(term(IndexSchema.DIM_PLACE, "France"));
        int paris = index.searcher().count(term(IndexSchema.DIM_PLACE, "Paris"));
        int either = index.searcher().count(new BooleanQuery.Builder()
                .add(term(IndexSchema.DIM_PLACE, "France"), BooleanClause.Occur.SHOULD)
                .add(term(IndexSchema.DIM_PLACE, "Paris"), BooleanClause.Occur.SHOULD).build());
        assertTrue(france > 0 && paris > 0 && either < france + paris, "samples name both in one article");
        assertEquals(france, all.countHaving(field, List.of("France")));
        assertEquals(either, all.countHaving(field, List.of("France", "Paris")));
        assertEquals(0, all.countHaving(field, List.of("Atlantis")));
        // a set much smaller than a value's list of articles skips the list to its articles
        List<Integer> usDocs = new java.util.ArrayList<>();
        for (org.apache.lucene.index.LeafReaderContext leaf : index.reader().leaves()) {
            org.apache.lucene.index.PostingsEnum p = leaf.reader().postings(new Term(field, "United States"));
            for (int d = p == null ? org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS : p.nextDoc();
                 d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                usDocs.add(d);
            }
        }
        assertEquals(1, index.reader().leaves().size(), "one segment: leaf doc ids are the index's");
        assertTrue(usDocs.size() > 10, "the list of United States is more than twice the set below");
        // two articles that name the United States and three that do not
        List<Integer> articles = docs(all.all());
        List<Integer> chosen = new java.util.ArrayList<>(usDocs.subList(0, 2));
        articles.stream().filter(d -> !usDocs.contains(d)).limit(3).forEach(chosen::add);
        java.util.Collections.sort(chosen);
        ArticleMatches.ArticleSet few = new ArticleMatches.ArticleSet();
        few.startLeaf();
        chosen.forEach(few::add);
        few.finishLeaf(index.reader().leaves().get(0));
        assertEquals(5, few.size());
        assertEquals(2, few.countHaving(field, List.of("United States")));
    }

    @Test
    void sampledCountsAreScaledToTheWholeSet() {
        List<FacetValue> scaled = FacetCounting.scaled(List.of(new FacetValue("a", 500), new FacetValue("b", 3)),
                10_000, 2000);
        assertEquals(List.of(new FacetValue("a", 2500), new FacetValue("b", 15)), scaled);
        assertEquals(List.of(new FacetValue("all", 9_999)),
                FacetCounting.scaled(List.of(new FacetValue("all", 2000)), 9_999, 2000));
    }

    private static List<Integer> docs(org.apache.lucene.facet.FacetsCollector fc) throws IOException {
        List<Integer> out = new java.util.ArrayList<>();
        for (org.apache.lucene.facet.FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            org.apache.lucene.search.DocIdSetIterator it = md.bits.iterator();
            for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                out.add(d);
            }
        }
        return out;
    }
}
