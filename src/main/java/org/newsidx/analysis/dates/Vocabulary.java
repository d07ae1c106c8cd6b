package org.newsidx.analysis.dates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed set of lower-case words, looked up straight from a span of the text: the span is lower-cased and
 * hashed char by char, so that no string is made for the many words of a text that are not in the set.
 * {@code find(text, s, e)} gives the same answer as {@code contains(text.substring(s, e).toLowerCase(Locale.ROOT))}
 * (spans with non-ASCII letters take that slow way). Immutable.
 */
final class Vocabulary {

    private final String[] keys;
    private final int[] hashes;
    private final int[] ids;
    private final int mask;
    private final int maxLength;
    private final Map<String, Integer> byWord = new HashMap<>();
    private final String[] byId;

    Vocabulary(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        int longest = 0;
        for (String w : words) {
            if (byWord.containsKey(w)) {
                continue;
            }
            int id = WordSet.id(w);
            byWord.put(w, id);
            longest = Math.max(longest, w.length());
            int hash = hash(w, 0, w.length());
            int slot = mix(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = w;
            hashes[slot] = hash;
            ids[slot] = id;
        }
        maxLength = longest;
        byId = new String[byWord.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        byWord.forEach((w, id) -> byId[id] = w);
    }

    /** The word number ({@link WordSet#id}) of {@code text[s, e)} lower-cased, or -1 if it is not in the set. */
    int find(CharSequence text, int s, int e) {
        int slot = slot(text, s, e);
        if (slot >= 0) {
            return ids[slot];
        }
        if (slot == -1) {
            return -1;
        }
        Integer id = byWord.get(text.subSequence(s, e).toString().toLowerCase(Locale.ROOT));
        return id == null ? -1 : id;
    }

    /** The table slot of the ASCII span, -1 if not in the set, -2 when the span has a non-ASCII char. */
    private int slot(CharSequence text, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return -2;
            }
            h = 31 * h + lower(c);
        }
        if (e - s > maxLength) {
            return -1;
        }
        for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && matches(keys[slot], text, s, e)) {
                return slot;
            }
        }
        return -1;
    }

    /** The lookup for a span already hashed by the caller with {@link #step} (ASCII only). */
    int find(char[] text, int s, int e, int hash) {
        if (e - s > maxLength) {
            return -1;
        }
        for (int slot = mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].length() == e - s && matches(keys[slot], text, s)) {
                return ids[slot];
            }
        }
        return -1;
    }

    /** The word (lower case) numbered {@code id}, or null if it is not in the set. */
    String word(int id) {
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** One step of the span hash: {@code h = step(h, c)} over the chars of an ASCII span. */
    static int step(int h, char c) {
        return 31 * h + lower(c);
    }

    private static int hash(CharSequence w, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = step(h, w.charAt(i));
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean matches(String key, CharSequence text, int s, int e) {
        if (key.length() != e - s) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text.charAt(s + i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String key, char[] text, int s) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text[s + i])) {
                return false;
            }
        }
        return true;
    }
}
