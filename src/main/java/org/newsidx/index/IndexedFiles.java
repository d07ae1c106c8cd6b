package org.newsidx.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** The source files an index holds, read from its article documents. */
public final class IndexedFiles {

    private static final Set<String> FIELDS =
            Set.of(IndexSchema.FILE, IndexSchema.ROOT, IndexSchema.HASH, IndexSchema.SIZE, IndexSchema.MTIME);

    private IndexedFiles() {
    }

    /** File key to what the index holds of it. */
    public static Map<String, FileInfo> read(DirectoryReader reader) throws IOException {
        Map<String, FileInfo> files = new HashMap<>();
        Term articles = new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE);
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            PostingsEnum docs = leaf.postings(articles, PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = leaf.getLiveDocs();
            StoredFields stored = leaf.storedFields();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc, FIELDS);
                String key = d.get(IndexSchema.FILE);
                FileInfo known = files.get(key);
                int count = known == null ? 1 : known.articles() + 1;
                files.put(key, new FileInfo(key, d.get(IndexSchema.ROOT), d.get(IndexSchema.HASH),
                        d.getField(IndexSchema.SIZE).numericValue().longValue(),
                        d.getField(IndexSchema.MTIME).numericValue().longValue(), count));
            }
        }
        return files;
    }
}
