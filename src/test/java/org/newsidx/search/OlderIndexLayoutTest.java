package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.index.IndexSchema;

/**
 * Indexes written before filter terms moved to article documents carry them on passages too; a
 * filtered search must still answer (the block join refuses a parent query that matches children).
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
        Document d = new Document();
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
}
