package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.index.IndexSchema;

/** The top values of a name dimension, counted over all the articles or over a sample of them, on the samples. */
class FacetValueFolderTest {

    @Test
    void valuesCountTheArticlesTheFacetsCounted(@TempDir Path tmp) throws Exception {
        try (IndexSnapshot index = SamplesIndex.open(tmp)) {
            ArticleMatches m = ArticleMatches.collect(index.searcher(),
                    new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)), ArticleBlocks.PARENTS,
                    java.util.Map.of(), true);
            ArticleMatches.ArticleSet all = m.drillDown;
            ArticleMatches.ArticleSet sample = all.sample(10);
            Facets onTheSample = new SortedSetDocValuesFacetCounts(index.facetState(), sample.all());
            FacetValueFolder folder = new FacetValueFolder(index);

            Facets onAll = new SortedSetDocValuesFacetCounts(index.facetState(), all.all());
            List<FacetValue> exact = folder.top(IndexSchema.DIM_PLACE, onAll, all, 3);
            assertEquals(3, exact.size());
            String field = IndexSchema.filterField(IndexSchema.DIM_PLACE);
            for (FacetValue v : exact) {
                // what a filter by the value (and its other forms, if any) finds
                BooleanQuery.Builder anyForm = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(field, v.value())), BooleanClause.Occur.SHOULD);
                for (String form : index.nameVariants().variants(IndexSchema.DIM_PLACE, v.value())) {
                    anyForm.add(new TermQuery(new Term(field, form)), BooleanClause.Occur.SHOULD);
                }
                assertEquals(index.searcher().count(anyForm.build()), v.count(), v.value());
            }
            // over a sample, a value counts the articles of the sample (which ones they are depends on the
            // index order, which parallel indexing does not fix)
            List<FacetValue> sampled = folder.top(IndexSchema.DIM_PLACE, onTheSample, sample, 3);
            assertEquals(3, sampled.size());
            for (FacetValue v : sampled) {
                List<String> forms = new java.util.ArrayList<>(List.of(v.value()));
                forms.addAll(index.nameVariants().variants(IndexSchema.DIM_PLACE, v.value()));
                assertEquals(sample.countHaving(field, forms), v.count(), v.value());
                assertTrue(v.count() <= 10, v.toString());
            }
        }
    }
}
