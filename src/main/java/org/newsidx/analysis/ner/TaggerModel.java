package org.newsidx.analysis.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights: per feature key a row of {@link TagSet#SIZE} weights, plus the word-cluster tables the
 * features were computed with. Stored as gzip of the raw hash tables and
 * 16-bit quantised weights, so loading is bulk copying. Immutable
 * after loading; thread-safe.
 */
final class TaggerModel {

    private static final int MAGIC = 0x4E455234; // "NER4": with the embedding clusters

    private final LongIntMap rows;
    private final float[] weights;
    private final WordClusterTables clusters;
    /** Added to the score of O: above 0 trades recall for precision. */
    private final float outsideBias;

    TaggerModel(LongIntMap rows, float[] weights, WordClusterTables clusters, float outsideBias) {
        this.rows = rows;
        this.weights = weights;
        this.clusters = clusters;
        this.outsideBias = outsideBias;
    }

    /** The mean of several models' weights (a feature missing from a model counts as zero there). */
    static TaggerModel average(java.util.List<TaggerModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        LongIntMap union = new LongIntMap(models.get(0).rows.size() * 2);
        int[] next = {0};
        for (TaggerModel m : models) {
            m.rows.forEach((key, row) -> {
                if (union.get(key, -1) < 0) {
                    union.put(key, next[0]++);
                }
            });
        }
        float[] sum = new float[next[0] * TagSet.SIZE];
        float share = 1f / models.size();
        for (TaggerModel m : models) {
            m.rows.forEach((key, row) -> {
                int to = union.get(key, -1) * TagSet.SIZE;
                int from = row * TagSet.SIZE;
                for (int t = 0; t < TagSet.SIZE; t++) {
                    sum[to + t] += m.weights[from + t] * share;
                }
            });
        }
        TaggerModel first = models.get(0);
        return new TaggerModel(union, sum, first.clusters, first.outsideBias);
    }

    /** This model without the features whose largest absolute weight is below {@code minWeight}. */
    TaggerModel pruned(float minWeight) {
        LongIntMap kept = new LongIntMap(rows.size());
        float[] out = new float[weights.length];
        int[] count = {0};
        rows.forEach((key, row) -> {
            int base = row * TagSet.SIZE;
            float max = 0;
            for (int t = 0; t < TagSet.SIZE; t++) {
                max = Math.max(max, Math.abs(weights[base + t]));
            }
            if (max >= minWeight) {
                System.arraycopy(weights, base, out, count[0] * TagSet.SIZE, TagSet.SIZE);
                kept.put(key, count[0]++);
            }
        });
        return new TaggerModel(kept, java.util.Arrays.copyOf(out, count[0] * TagSet.SIZE), clusters, outsideBias);
    }

    TaggerModel withOutsideBias(float bias) {
        return new TaggerModel(rows, weights, clusters, bias);
    }

    /**
     * The model with {@code delta} added to the scores of the tags that start an entity of class
     * {@code cls} (B and U), through the weights of the always-present bias feature: a per-class decision
     * bias that needs no change to the file format.
     */
    TaggerModel withClassBias(int cls, float delta) {
        int row = rows.get(StringHash.feature(0, 0), -1);
        if (row < 0 || delta == 0) {
            return this;
        }
        float[] copy = weights.clone();
        copy[row * TagSet.SIZE + TagSet.tag(cls, TagSet.B)] += delta;
        copy[row * TagSet.SIZE + TagSet.tag(cls, TagSet.U)] += delta;
        return new TaggerModel(rows, copy, clusters, outsideBias);
    }

    WordClusterTables clusters() {
        return clusters;
    }

    int featureCount() {
        return rows.size();
    }

    /** Adds the weights of the {@code n} features to {@code scores} (length {@link TagSet#SIZE}). */
    void score(long[] features, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        for (int f = 0; f < n; f++) {
            int row = rows.get(features[f], -1);
            if (row < 0) {
                continue;
            }
            int base = row * TagSet.SIZE;
            for (int t = 0; t < TagSet.SIZE; t++) {
                scores[t] += weights[base + t];
            }
        }
        scores[TagSet.O] += outsideBias;
    }

    /**
     * Adds the weights of the {@code n} features to {@code sums[offset, offset + SIZE)} (no clearing, no
     * O bias): a word's summed weight vector for {@link WordVectorCache}. {@code scratch} holds at least
     * {@code n} ints. The key look-ups, and then the rows' loads, are issued in batches so that their cache
     * misses overlap; returns a value of those loads for a per-thread sink (see {@link LongIntMap#getAll}).
     */
    long addWeights(long[] features, int n, float[] sums, int offset, int[] scratch) {
        long touched = rowsOf(features, n, scratch);
        addRows(scratch, 0, n, sums, offset);
        return touched;
    }

    /**
     * The rows of the {@code n} features (-1 if absent) into {@code rows}, first loading all keys' slots and
     * then all rows' first weights, so that the cache misses overlap; returns a value of those loads.
     */
    long rowsOf(long[] features, int n, int[] rows) {
        long touched = this.rows.getAll(features, n, rows, -1);
        for (int f = 0; f < n; f++) {
            int row = rows[f];
            if (row >= 0) {
                touched += Float.floatToRawIntBits(weights[row * TagSet.SIZE]);
            }
        }
        return touched;
    }

    /** Adds the weights of {@code rows[from, to)} (see {@link #rowsOf}) to {@code sums[offset, offset + SIZE)}. */
    void addRows(int[] rows, int from, int to, float[] sums, int offset) {
        for (int f = from; f < to; f++) {
            int row = rows[f];
            if (row < 0) {
                continue;
            }
            int base = row * TagSet.SIZE;
            for (int t = 0; t < TagSet.SIZE; t++) {
                sums[offset + t] += weights[base + t];
            }
        }
    }

    float outsideBias() {
        return outsideBias;
    }

    void write(OutputStream stream) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / 32767f;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(stream, 1 << 16), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(TagSet.SIZE);
            for (WordClusters table : new WordClusters[] {clusters.context(), clusters.embedding()}) {
                out.writeBoolean(table != null);
                if (table != null) {
                    table.paths().write(out);
                }
            }
            out.writeFloat(scale);
            out.writeFloat(outsideBias);
            rows.write(out);
            out.writeInt(weights.length);
            for (float w : weights) {
                out.writeShort((short) Math.round(w / scale));
            }
        }
    }

    static TaggerModel read(InputStream stream) throws IOException {
        ByteBuffer in;
        try (GZIPInputStream gz = new GZIPInputStream(stream, 1 << 16)) {
            in = ByteBuffer.wrap(gz.readAllBytes());
        }
        if (in.getInt() != MAGIC) {
            throw new IOException("not a newsidx NER model (or an older format)");
        }
        int size = in.getInt();
        if (size != TagSet.SIZE) {
            throw new IOException("model has " + size + " tags, expected " + TagSet.SIZE);
        }
        WordClusters context = in.get() != 0 ? new WordClusters(LongIntMap.read(in)) : null;
        WordClusters embedding = in.get() != 0 ? new WordClusters(LongIntMap.read(in)) : null;
        WordClusterTables clusters = new WordClusterTables(context, embedding);
        float scale = in.getFloat();
        float outsideBias = in.getFloat();
        LongIntMap rows = LongIntMap.read(in);
        short[] quantised = new short[in.getInt()];
        in.asShortBuffer().get(quantised);
        float[] weights = new float[quantised.length];
        for (int i = 0; i < quantised.length; i++) {
            weights[i] = quantised[i] * scale;
        }
        return new TaggerModel(rows, weights, clusters, outsideBias);
    }


}
