package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.analysis.ArticleAnalyzer;
import org.newsidx.index.IndexLayout;
import org.newsidx.index.IndexListener;
import org.newsidx.index.IndexRunCounters;
import org.newsidx.index.IndexSchema;
import org.newsidx.index.IndexUpdater;
import org.newsidx.ingest.ArticleReader;

/**
 * Indexes written by earlier versions keep working: filter terms on passages too (the block join
 * refuses a parent query that matches children), article documents that index their title words
 * (layout V1, which must keep the passage filter), and an index run that adds to such an index
 * writes its documents the old way (a field's indexing options cannot change inside one index).
 */
class OlderIndexLayoutTest {

    private static Document passage(String articleId, int n, String text) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE, Field.Store.NO));
        d.add(new StoredField(IndexSchema.PASSAGE_ID, articleId + "#" + n));
        d.add(new StringField(IndexSchema.ARTICLE_ID, articleId, Field.Store.YES));
        d.add(new org.apache.lucene.document.SortedDocValuesField(IndexSchema.ARTICLE_ID,
                new org.apache.lucene.util.BytesRef(articleId)));
        d.add(new StoredField(IndexSchema.N, n));
        d.add(new StoredField(IndexSchema.START, 0));
        d.add(new StoredField(IndexSchema.END, text.length()));
        d.add(new TextField(IndexSchema.TEXT, text, Field.Store.YES));
        d.add(new StoredField(IndexSchema.PATH, articleId + ".txt"));
        d.add(new StringField(IndexSchema.filterField(IndexSchema.DIM_PLACE), "France", Field.Store.NO)); // old layout
        return d;
    }

    private static Document article(String articleId) {
        return article(articleId, null);
    }

    private static Document article(String articleId, String indexedTitle) {
        Document d = new Document();
        if (indexedTitle != null) {
            d.add(new TextField(IndexSchema.TITLE, indexedTitle, Field.Store.YES)); // layout V1
            // the file facts an index run reads back (a file under a folder this test does not index)
            d.add(new org.apache.lucene.document.BinaryDocValuesField(IndexSchema.FILE_KEY_DV,
                    new org.apache.lucene.util.BytesRef("old/" + articleId + ".txt")));
            d.add(new org.apache.lucene.document.SortedDocValuesField(IndexSchema.ROOT_DV,
                    new org.apache.lucene.util.BytesRef("/nonexistent/old")));
            d.add(new org.apache.lucene.document.BinaryDocValuesField(IndexSchema.HASH_DV,
                    new org.apache.lucene.util.BytesRef("0")));
            d.add(new org.apache.lucene.document.NumericDocValuesField(IndexSchema.SIZE_DV, 1));
            d.add(new org.apache.lucene.document.NumericDocValuesField(IndexSchema.MTIME_DV, 1));
        }
        d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexSchema.ARTICLE_ID, articleId, Field.Store.YES));
        d.add(new org.apache.lucene.document.SortedDocValuesField(IndexSchema.ARTICLE_ID,
                new org.apache.lucene.util.BytesRef(articleId)));
        d.add(new StringField(IndexSchema.filterField(IndexSchema.DIM_PLACE), "France", Field.Store.NO));
        return d;
    }

    @Test
    void filtersWorkWhenPassagesCarryFilterTerms(@TempDir Path tmp) throws Exception {
        try (FSDirectory dir = FSDirectory.open(tmp);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            w.addDocuments(List.of(passage("a1", 1, "Migrants crossed the Channel."),
                    passage("a1", 2, "The returns agreement was discussed."), article("a1")));
        }
        try (IndexSnapshot index = IndexSnapshot.open(tmp)) {
            SearchResult r = new PassageSearcher(index).search(new SearchRequest("returns OR migrants",
                    Map.of(IndexSchema.DIM_PLACE, List.of("France")), null, null, List.of(), 10, 0, 0, 3));
            assertEquals(2, r.totalPassages());
            assertEquals(1, r.totalArticles());
        }
    }

    @Test
    void titleWordsOfV1ArticleDocumentsAreNotCountedAsPassages(@TempDir Path tmp) throws Exception {
        try (FSDirectory dir = FSDirectory.open(tmp);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            Document p1 = passage("a1", 1, "Migrants crossed the Channel.");
            p1.add(new TextField(IndexSchema.TITLE, "Channel crossings", Field.Store.YES));
            Document p2 = passage("a1", 2, "The returns agreement was discussed.");
            p2.add(new TextField(IndexSchema.TITLE, "Channel crossings", Field.Store.YES));
            w.addDocuments(List.of(p1, p2, article("a1", "Channel crossings")));
        }
        try (IndexSnapshot index = IndexSnapshot.open(tmp)) {
            assertEquals(IndexLayout.V1, index.layout());
            SearchResult r = new PassageSearcher(index).search(new SearchRequest("crossings",
                    Map.of(), null, null, List.of(), 10, 0, 0, 3));
            assertEquals(2, r.totalPassages(), "the article document's title is not a passage");
            assertEquals(1, r.totalArticles());
            assertEquals(2, r.hits().size());
        }
    }

    @Test
    void anIndexRunAddingToAV1IndexKeepsItsLayout(@TempDir Path tmp) throws Exception {
        Path indexDir = tmp.resolve("index");
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            Document p1 = passage("a1", 1, "Migrants crossed the Channel.");
            p1.add(new TextField(IndexSchema.TITLE, "Channel crossings", Field.Store.YES));
            w.addDocuments(List.of(p1, article("a1", "Channel crossings")));
        }
        try (IndexUpdater updater = IndexUpdater.open(indexDir, false, ArticleAnalyzer.standard(), new ArticleReader(), 1, 10)) {
            IndexRunCounters counters = updater.update(List.of(Path.of("samples/pa-media")), (path, reason) -> {
            });
            assertEquals(1, counters.articlesAdded.sum());
        }
        try (IndexSnapshot index = IndexSnapshot.open(indexDir)) {
            assertEquals(IndexLayout.V1, index.layout());
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
                    FieldInfos.getMergedFieldInfos(index.reader()).fieldInfo(IndexSchema.TEXT).getIndexOptions());
            SearchResult r = new PassageSearcher(index).search(new SearchRequest("crossings OR Sangatte",
                    Map.of(), null, null, List.of(), 10, 0, 0, 3));
            assertEquals(2, r.totalArticles(), "the old article and the one added");
        }
    }

    @Test
    void newIndexesGetTheCurrentLayout(@TempDir Path tmp) throws Exception {
        Path indexDir = tmp.resolve("index");
        try (IndexUpdater updater = IndexUpdater.open(indexDir, false, ArticleAnalyzer.standard(), new ArticleReader(), 1, 10)) {
            updater.update(List.of(Path.of("samples/pa-media")), (path, reason) -> {
            });
        }
        try (IndexSnapshot index = IndexSnapshot.open(indexDir)) {
            assertEquals(IndexLayout.V2, index.layout());
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
                    FieldInfos.getMergedFieldInfos(index.reader()).fieldInfo(IndexSchema.TEXT).getIndexOptions());
            // words match passages only: as many documents as with the passage filter
            Query words = new QueryFactory(IndexSchema.analyzer()).parse("returns OR title:migrants OR title:agreement");
            Query filtered = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                    .add(ArticleBlocks.PASSAGES, BooleanClause.Occur.FILTER).build();
            int passages = index.searcher().count(filtered);
            assertTrue(passages > 1);
            assertEquals(passages, index.searcher().count(words));
            assertTrue(ArticleBlocks.onlyWords(words));
        }
    }

    @Test
    void anIndexFromANewerVersionIsRefusedWithOneLine(@TempDir Path tmp) throws Exception {
        try (FSDirectory dir = FSDirectory.open(tmp);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            w.addDocuments(List.of(passage("a1", 1, "Migrants crossed the Channel."), article("a1")));
            w.setLiveCommitData(Map.of("layout", "V9").entrySet());
        }
        IndexUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(IndexUnavailableException.class,
                () -> IndexSnapshot.open(tmp));
        assertEquals("cannot open index " + tmp + ": its layout (V9) is from a newer newsidx; use that version, "
                + "or rebuild the index with this one (newsidx index --rebuild)", e.getMessage());
    }
}
