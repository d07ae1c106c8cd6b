package org.newsidx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.analysis.AnalyzedArticle;
import org.newsidx.ingest.Article;

/** What the next run learns of the indexed files: from doc values, and from stored fields in older indexes. */
class IndexedFilesTest {

    /** An article document as indexes written before the doc-values copies had it. */
    private static Document olderArticle(String key, String hash) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexSchema.FILE, key, Field.Store.YES));
        d.add(new StringField(IndexSchema.ROOT, "/corpus", Field.Store.YES));
        d.add(new StoredField(IndexSchema.HASH, hash));
        d.add(new StoredField(IndexSchema.SIZE, 120L));
        d.add(new StoredField(IndexSchema.MTIME, 1700000000000L));
        return d;
    }

    @Test
    void olderAndNewerDocumentsInOneIndexAreBothRead(@TempDir Path tmp) throws Exception {
        Article article = new Article("a2", "corpus/new.txt", "Title", null, null, null, List.of(),
                "Migrants crossed the Channel on Saturday.");
        AnalyzedArticle analyzed = new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of());
        FileInfo newer = new FileInfo("corpus/new.txt", "/corpus", "ab12", 42L, 1700000001000L, 1);
        try (FSDirectory dir = FSDirectory.open(tmp);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
            w.addDocument(olderArticle("corpus/old.jsonl", "cd34"));
            w.addDocument(olderArticle("corpus/old.jsonl", "cd34"));
            w.addDocuments(new ArticleDocuments(IndexSchema.facetsConfig(), IndexLayout.CURRENT).build(analyzed, newer));
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(w)) {
                Map<String, FileInfo> files = IndexedFiles.read(r);
                assertEquals(new FileInfo("corpus/old.jsonl", "/corpus", "cd34", 120L, 1700000000000L, 2),
                        files.get("corpus/old.jsonl"));
                assertEquals(newer, files.get("corpus/new.txt"));
                assertEquals(2, files.size());
            }
        }
    }
}
