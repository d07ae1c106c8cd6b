package org.newsidx.search;

import java.util.List;

/**
 * Initialises, on a background thread, classes whose static set-up a one-off search needs after it
 * has opened the index: KStem's dictionary (some 25 ms), the query parser's tables, the highlighter
 * and the facet counts. The command's own thread opens the index meanwhile (Lucene's own static
 * set-up, the management beans, logging and codecs, comes first there; giving it to this thread as
 * well measured no better) and finds them ready; on a machine with one core the work is the same,
 * only not in parallel. Class initialisation is once per process whichever thread comes first.
 */
public final class SearchClassWarmup extends Thread {

    /** The classes in the order a search needs them last, so that the other thread is never kept waiting long. */
    private static final List<String> CLASSES = List.of(
            "org.apache.lucene.analysis.en.KStemmer",
            "org.apache.lucene.queryparser.classic.QueryParser",
            "org.apache.lucene.search.uhighlight.UnifiedHighlighter",
            "org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts");

    private SearchClassWarmup() {
        super("newsidx-warmup");
        setDaemon(true);
    }

    /** Starts the warm-up; returns at once. (A thread subclass, not a lambda: its bootstrap costs more than it saves.) */
    public static void begin() {
        new SearchClassWarmup().start();
    }

    @Override
    public void run() {
        ClassLoader loader = SearchClassWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start: the search initialises what it needs itself
            }
        }
    }
}
