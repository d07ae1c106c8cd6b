package org.newsidx.analysis.ner;

import java.util.Arrays;

/** Open-addressing map from non-zero {@code long} keys to {@code int} values; not thread-safe while written. */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    private LongIntMap(long[] keys, int[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.mask = keys.length - 1;
    }

    /** Writes the raw table (capacity, size, keys, values), so that {@link #read} needs no rehashing. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(keys.length);
        out.writeInt(size);
        for (long k : keys) {
            out.writeLong(k);
        }
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static LongIntMap read(java.nio.ByteBuffer in) {
        int capacity = in.getInt();
        int size = in.getInt();
        long[] keys = new long[capacity];
        int[] values = new int[capacity];
        in.asLongBuffer().get(keys);
        in.position(in.position() + capacity * 8);
        in.asIntBuffer().get(values);
        in.position(in.position() + capacity * 4);
        return new LongIntMap(keys, values, size);
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (true) {
            long at = keys[i];
            if (at == k) {
                return values[i];
            }
            if (at == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The values of {@code n} keys (or {@code missing}) into {@code out}. Loads the keys' first slots (key
     * and value) in one pass before probing, so that their cache misses overlap instead of following one another.
     * Returns a value of those loads that the caller must not ignore (so they are not optimised away);
     * per-thread sinks, not a shared field, which would bounce between cores.
     */
    long getAll(long[] keys, int n, int[] out, int missing) {
        long[] table = this.keys;
        long touched = 0;
        for (int f = 0; f < n; f++) {
            long k = keys[f] == 0 ? 1 : keys[f];
            int slot = (int) (k ^ (k >>> 32)) & mask;
            out[f] = slot;
            touched += table[slot] + values[slot]; // a key is nearly always in its first slot
        }
        for (int f = 0; f < n; f++) {
            long k = keys[f] == 0 ? 1 : keys[f];
            int i = out[f];
            int value = missing;
            while (true) {
                long at = table[i];
                if (at == k) {
                    value = values[i];
                    break;
                }
                if (at == 0) {
                    break;
                }
                i = (i + 1) & mask;
            }
            out[f] = value;
        }
        return touched;
    }

    void put(long key, int value) {
        long k = key == 0 ? 1 : key;
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (true) {
            long at = keys[i];
            if (at == k) {
                values[i] = value;
                return;
            }
            if (at == 0) {
                keys[i] = k;
                values[i] = value;
                size++;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code visitor} for each entry. */
    void forEach(EntryVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    interface EntryVisitor {
        void visit(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
