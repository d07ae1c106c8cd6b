package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.cli.Main;
import org.newsidx.index.IndexSchema;

/** FacetOrdinals finds what Lucene's default reader state finds, on the samples (one and several segments). */
class FacetOrdinalsTest {

    @Test
    void sameRangesTreesAndCountsAsLucenesState(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), "samples/pa-media"));
        compare(dir);
        // a second run adds a segment
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), "samples"));
        try (IndexSnapshot index = IndexSnapshot.open(dir)) {
            assertTrue(index.facetState().getDimTree(IndexSchema.DIM_PUBLISHED) != null, "dates");
        }
        compare(dir);
    }

    @Test
    void severalSegments(@TempDir Path tmp) throws Exception {
        FacetsConfig config = IndexSchema.facetsConfig();
        org.apache.lucene.index.IndexWriterConfig iwc = new org.apache.lucene.index.IndexWriterConfig()
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(tmp.resolve("index"));
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d, iwc)) {
            String[][] docs = {{"Ann", "1987", "03"}, {"Bob", "1987", "04"}, {"Ann", "1988", "01"}, {"Cy", "1986", "12"}};
            for (String[] doc : docs) {
                org.apache.lucene.document.Document x = new org.apache.lucene.document.Document();
                x.add(new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField(IndexSchema.DIM_PERSON, doc[0]));
                x.add(new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField(IndexSchema.DIM_PUBLISHED, doc[1], doc[2]));
                w.addDocument(config.build(x));
                w.commit();
            }
        }
        try (IndexSnapshot index = IndexSnapshot.open(tmp.resolve("index"))) {
            assertEquals(4, index.reader().leaves().size());
        }
        compare(tmp.resolve("index"));
    }

    private static void compare(Path dir) throws Exception {
        try (IndexSnapshot index = IndexSnapshot.open(dir)) {
            FacetsConfig config = IndexSchema.facetsConfig();
            SortedSetDocValuesReaderState lucene = new DefaultSortedSetDocValuesReaderState(index.reader(), config);
            SortedSetDocValuesReaderState ours = FacetOrdinals.open(index.reader(), config, IndexSchema.ALL_DIMS);
            assertEquals(lucene.getSize(), ours.getSize());
            Set<String> luceneDims = new HashSet<>();
            lucene.getDims().forEach(luceneDims::add);
            Set<String> ourDims = new HashSet<>();
            ours.getDims().forEach(ourDims::add);
            assertEquals(luceneDims, ourDims);
            assertTrue(ourDims.contains(IndexSchema.DIM_PERSON), ourDims.toString());
            for (String dim : ourDims) {
                if (config.getDimConfig(dim).hierarchical) {
                    SortedSetDocValuesReaderState.DimTree a = lucene.getDimTree(dim);
                    SortedSetDocValuesReaderState.DimTree b = ours.getDimTree(dim);
                    assertEquals(a.dimStartOrd, b.dimStartOrd, dim);
                    int size = ours.getSize();
                    for (int ord = a.dimStartOrd; ord < size; ord++) {
                        assertEquals(list(a.iterator(ord)), list(b.iterator(ord)), dim + " children of " + ord);
                    }
                } else {
                    assertEquals(lucene.getOrdRange(dim).start, ours.getOrdRange(dim).start, dim);
                    assertEquals(lucene.getOrdRange(dim).end, ours.getOrdRange(dim).end, dim);
                }
            }
            FacetsCollector all = index.searcher().search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            Facets a = new SortedSetDocValuesFacetCounts(lucene, all);
            Facets b = new SortedSetDocValuesFacetCounts(ours, all);
            for (String dim : ourDims) {
                FacetResult ra = a.getTopChildren(1000, dim);
                assertEquals(String.valueOf(ra), String.valueOf(b.getTopChildren(1000, dim)), dim);
                if (config.getDimConfig(dim).hierarchical) {
                    for (LabelAndValue lv : ra.labelValues) {
                        assertEquals(String.valueOf(a.getTopChildren(1000, dim, lv.label)),
                                String.valueOf(b.getTopChildren(1000, dim, lv.label)), dim + "/" + lv.label);
                    }
                }
            }
        }
    }

    @Test
    void noFacetsNoState(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        Path corpus = java.nio.file.Files.createDirectory(tmp.resolve("empty"));
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), corpus.toString()));
        try (IndexSnapshot index = IndexSnapshot.open(dir)) {
            assertNull(index.facetState());
        }
    }

    private static List<Integer> list(PrimitiveIterator.OfInt it) {
        List<Integer> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.nextInt());
        }
        return out;
    }
}
