package org.newsidx.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.IOUtils;

/**
 * Index snapshots kept open between commands, for a long-lived process ({@code SearchServer}): each
 * {@link #acquire} hands out the open snapshot of a folder when the index has had no commit since,
 * else opens the latest commit. At most {@link #MAX_OPEN} folders stay open, the least recently used
 * is closed first. A snapshot that is replaced stays open until the last command using it closes it.
 */
public final class OpenIndexes implements Closeable {

    static final int MAX_OPEN = 2;

    private final Map<Path, IndexSnapshot> open = new LinkedHashMap<>(4, 0.75f, true);

    /** The latest commit of the index in {@code dir} (an absolute, normalised path); the caller closes it. */
    public synchronized IndexSnapshot acquire(Path dir) throws IndexUnavailableException {
        IndexSnapshot s = open.get(dir);
        if (s != null && !current(s)) {
            open.remove(dir);
            IOUtils.closeWhileHandlingException(s); // the folder was removed, rebuilt or updated
            s = null;
        }
        if (s == null) {
            s = IndexSnapshot.open(dir);
            open.put(dir, s);
            trim();
        }
        return s.retain();
    }

    private static boolean current(IndexSnapshot s) {
        try {
            return s.isCurrent();
        } catch (IOException | RuntimeException e) {
            return false; // the folder was removed or rebuilt: open it again
        }
    }

    private void trim() {
        Iterator<IndexSnapshot> it = open.values().iterator();
        while (open.size() > MAX_OPEN && it.hasNext()) {
            IndexSnapshot eldest = it.next();
            it.remove();
            IOUtils.closeWhileHandlingException(eldest);
        }
    }

    /** The folders open now, least recently used first. */
    synchronized List<Path> folders() {
        return List.copyOf(open.keySet());
    }

    @Override
    public synchronized void close() {
        IOUtils.closeWhileHandlingException(open.values());
        open.clear();
    }
}
