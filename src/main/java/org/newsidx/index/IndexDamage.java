package org.newsidx.index;

import java.io.EOFException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/** Recognises a damaged index among errors, and says in one line how to repair it. */
public final class IndexDamage {

    private IndexDamage() {
    }

    /**
     * The error, or one of its causes, that means the index files are damaged; null when there is none.
     *
     * @param whileOpening a missing file counts as damage only while the index is being opened (later
     *                     it may be an input file)
     */
    public static Throwable find(Throwable error, boolean whileOpening) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException || t instanceof EOFException
                    || (whileOpening && t instanceof NoSuchFileException)) {
                return t;
            }
        }
        return null;
    }

    /** "index DIR is damaged (...); rebuild it with ..."; {@code indexDir} may be null when unknown. */
    public static String message(Object indexDir, Throwable damage) {
        String dir = indexDir == null ? "[--index DIR]" : "--index " + indexDir;
        return (indexDir == null ? "the index" : "index " + indexDir) + " is damaged ("
                + damage.getClass().getSimpleName() + "); rebuild it with 'newsidx index --rebuild " + dir + " PATH...'";
    }
}
