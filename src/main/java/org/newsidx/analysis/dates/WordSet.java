package org.newsidx.analysis.dates;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable set of lower-case words (a rule's trigger words) as a bitset over word numbers that are handed
 * out once per JVM, so that {@link WordIndex} tests a word of the text with one array read instead of a hash
 * look-up per rule. Thread-safe.
 */
final class WordSet {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    static final WordSet EMPTY = of(List.of());

    private final long[] bits;
    private final Set<String> words;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        int max = -1;
        for (String w : this.words) {
            max = Math.max(max, id(w));
        }
        bits = new long[(max >> 6) + 1];
        for (String w : this.words) {
            int id = id(w);
            bits[id >> 6] |= 1L << id;
        }
    }

    static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    /** The number of a word, the same for the life of the JVM (small, from 0). */
    static int id(String word) {
        Integer id = IDS.get(word);
        return id != null ? id : IDS.computeIfAbsent(word, w -> NEXT_ID.getAndIncrement());
    }

    /** Whether the word numbered {@code id} is in the set; false for a negative id. */
    boolean contains(int id) {
        int i = id >> 6;
        return id >= 0 && i < bits.length && (bits[i] & 1L << id) != 0;
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /** The words, lower case. */
    Set<String> words() {
        return words;
    }
}
