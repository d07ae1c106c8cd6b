package org.newsidx.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsidx.index.IndexDamage;
import org.newsidx.index.IndexLayout;
import org.newsidx.index.IndexSchema;
import org.newsidx.index.NameVariants;

/** The last commit of an index, open for reading (searches see it even while an index run goes on). */
public final class IndexSnapshot implements Closeable {

    /**
     * BM25 with k1 = 1.5: term repetitions inside a short passage count a little longer than with the
     * default 1.2. Chosen with rank.py on the odd TIME queries (MAP 0.662 against 0.651 for 1.2; b 0.5
     * and 0.6 were worse). Norms do not depend on k1, so this is a search-time choice.
     */
    static final Similarity RANKING = new BM25Similarity(1.5f, 0.75f);

    private final Path path;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexLayout layout;
    private final Map<String, String> commitData;
    private NameVariants variants;
    private SortedSetDocValuesReaderState facetState;
    private ExecutorService worker;
    /** Users of this snapshot: one from {@link #open}, one more per {@link #retain}; each close drops one. */
    private int references = 1;

    private IndexSnapshot(Path path, Directory directory, DirectoryReader reader) throws IOException {
        this.path = path;
        this.directory = directory;
        this.reader = reader;
        Map<String, String> commitData = reader.getIndexCommit().getUserData();
        this.layout = IndexLayout.of(commitData);
        this.commitData = commitData;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(RANKING);
    }

    public static IndexSnapshot open(Path indexDir) throws IndexUnavailableException {
        if (!Files.isDirectory(indexDir)) {
            throw noIndex(indexDir, null);
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(indexDir);
            DirectoryReader reader = DirectoryReader.open(dir);
            try {
                return new IndexSnapshot(indexDir, dir, reader);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IndexNotFoundException e) {
            closeQuietly(dir);
            throw noIndex(indexDir, e);
        } catch (IOException e) {
            closeQuietly(dir);
            Throwable damage = IndexDamage.find(e, true);
            throw new IndexUnavailableException(damage != null ? IndexDamage.message(indexDir, damage)
                    : "cannot open index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    private static IndexUnavailableException noIndex(Path indexDir, Exception cause) {
        return new IndexUnavailableException("no index at " + indexDir + ": run 'newsidx index FOLDER' first", cause);
    }

    public Path path() {
        return path;
    }

    public DirectoryReader reader() {
        return reader;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** The document layout the index was written with. */
    public IndexLayout layout() {
        return layout;
    }

    /** Facet ordinals of the dimensions in IndexSchema.ALL_DIMS, found on first use; null when no document has facets yet. */
    public synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (facetState == null) {
            facetState = FacetOrdinals.open(reader, IndexSchema.facetsConfig(), IndexSchema.ALL_DIMS);
        }
        return facetState;
    }

    /**
     * Runs {@code task} on this snapshot's second thread (one daemon thread, started on first use and
     * stopped by {@link #close}), so that a search can use a second core for part of its work.
     */
    public synchronized <T> BackgroundTask<T> inBackground(Callable<T> task) {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "newsidx-search-worker");
                t.setDaemon(true);
                return t;
            });
        }
        return new BackgroundTask<>(worker.submit(task));
    }

    /**
     * The facet values that are variants of another, as the last index run recorded them; read on
     * first use (a search's facets, on its second thread, are usually the first).
     */
    public synchronized NameVariants nameVariants() {
        if (variants == null) {
            variants = NameVariants.of(commitData);
        }
        return variants;
    }

    /** The time of the last commit, as recorded by the index run, or null. */
    public String lastUpdate() {
        return commitData.get("updated");
    }

    /**
     * One more user of this snapshot (a long-lived holder such as {@link OpenIndexes} hands it to one
     * command after another); each {@link #close} drops one, and the last one closes the reader.
     */
    public synchronized IndexSnapshot retain() {
        if (references == 0) {
            throw new IllegalStateException("index snapshot " + path + " is closed");
        }
        references++;
        return this;
    }

    /** Whether the index has had no commit since this snapshot was opened. */
    public boolean isCurrent() throws IOException {
        return reader.isCurrent();
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (references == 0 || --references > 0) {
                return;
            }
            if (worker != null) {
                worker.shutdown(); // tasks are awaited by whoever submitted them
            }
        }
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // the original error is the one to report
            }
        }
    }
}
