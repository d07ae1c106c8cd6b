package org.newsidx.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
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
            FileFacts facts = new FileFacts(leaf);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                FileInfo f = facts.of(doc);
                FileInfo known = files.get(f.key());
                int count = known == null ? 1 : known.articles() + 1;
                files.put(f.key(), new FileInfo(f.key(), f.root(), f.hash(), f.size(), f.mtime(), count));
            }
        }
        return files;
    }

    /**
     * One segment's file facts, from doc values; from stored fields for documents written before the
     * doc values existed. Documents must be asked for in increasing order.
     */
    private static final class FileFacts {
        private final BinaryDocValues key;
        private final SortedDocValues root;
        private final BinaryDocValues hash;
        private final NumericDocValues size;
        private final NumericDocValues mtime;
        private final StoredFields stored;

        FileFacts(LeafReader leaf) throws IOException {
            key = leaf.getBinaryDocValues(IndexSchema.FILE_KEY_DV);
            root = leaf.getSortedDocValues(IndexSchema.ROOT_DV);
            hash = leaf.getBinaryDocValues(IndexSchema.HASH_DV);
            size = leaf.getNumericDocValues(IndexSchema.SIZE_DV);
            mtime = leaf.getNumericDocValues(IndexSchema.MTIME_DV);
            stored = leaf.storedFields();
        }

        FileInfo of(int doc) throws IOException {
            if (key != null && root != null && hash != null && size != null && mtime != null
                    && key.advanceExact(doc) && root.advanceExact(doc) && hash.advanceExact(doc)
                    && size.advanceExact(doc) && mtime.advanceExact(doc)) {
                return new FileInfo(key.binaryValue().utf8ToString(), root.lookupOrd(root.ordValue()).utf8ToString(),
                        hash.binaryValue().utf8ToString(), size.longValue(), mtime.longValue(), 1);
            }
            Document d = stored.document(doc, FIELDS);
            return new FileInfo(d.get(IndexSchema.FILE), d.get(IndexSchema.ROOT), d.get(IndexSchema.HASH),
                    d.getField(IndexSchema.SIZE).numericValue().longValue(),
                    d.getField(IndexSchema.MTIME).numericValue().longValue(), 1);
        }
    }
}
