package org.newsidx.index;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What one index run did, counted as it goes (thread-safe) and reported at the end. */
public final class IndexRunCounters {

    public final LongAdder filesSeen = new LongAdder();
    public final LongAdder filesUnchanged = new LongAdder();
    public final LongAdder filesSkipped = new LongAdder();
    public final LongAdder articlesAdded = new LongAdder();
    public final LongAdder articlesUpdated = new LongAdder();
    public final LongAdder articlesRemoved = new LongAdder();
    public final LongAdder articlesUnchanged = new LongAdder();
    public final LongAdder passages = new LongAdder();
    public final LongAdder partsSkipped = new LongAdder();
    public final AtomicLong bytesRead = new AtomicLong();
    private final Map<String, LongAdder> skipReasons = new ConcurrentHashMap<>();

    /** Articles added, updated or removed. */
    public long changedArticles() {
        return articlesAdded.sum() + articlesUpdated.sum() + articlesRemoved.sum();
    }

    void skipped(String reason) {
        filesSkipped.increment();
        skipReasons.computeIfAbsent(reasonKind(reason), k -> new LongAdder()).increment();
    }

    /** Skipped files by kind of reason ("invalid JSON", "binary file", ...). */
    public Map<String, Long> skipReasons() {
        Map<String, Long> out = new TreeMap<>();
        skipReasons.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        String kind = colon > 0 ? reason.substring(0, colon) : reason;
        int paren = kind.indexOf(" (");
        return paren > 0 ? kind.substring(0, paren) : kind;
    }
}
