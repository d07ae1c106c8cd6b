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
 * The trained weights: per feature key a row of {@link TagSet#SIZE} weights, plus the word clusters the
 * features were computed with. Stored compactly (gzip, sparse rows, 16-bit quantised weights). Immutable
 * after loading; thread-safe.
 */
final class TaggerModel {

    private static final int MAGIC = 0x4E455232; // "NER2"

    private final LongIntMap rows;
    private final float[] weights;
    private final WordClusters clusters;
    /** Added to the score of O: above 0 trades recall for precision. */
    private final float outsideBias;

    TaggerModel(LongIntMap rows, float[] weights, WordClusters clusters, float outsideBias) {
        this.rows = rows;
        this.weights = weights;
        this.clusters = clusters;
        this.outsideBias = outsideBias;
    }

    TaggerModel withOutsideBias(float bias) {
        return new TaggerModel(rows, weights, clusters, bias);
    }

    WordClusters clusters() {
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

    void write(OutputStream stream) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / 32767f;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(stream, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(TagSet.SIZE);
            LongIntMap paths = clusters == null ? new LongIntMap(4) : clusters.paths();
            out.writeInt(paths.size());
            IOException[] failure = new IOException[1];
            paths.forEach((k, v) -> {
                try {
                    out.writeLong(k);
                    out.writeInt(v);
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            out.writeFloat(scale);
            out.writeFloat(outsideBias);
            out.writeInt(rows.size());
            rows.forEach((key, row) -> {
                try {
                    int base = row * TagSet.SIZE;
                    int mask = 0;
                    short[] q = new short[TagSet.SIZE];
                    for (int t = 0; t < TagSet.SIZE; t++) {
                        q[t] = (short) Math.round(weights[base + t] / scale);
                        if (q[t] != 0) {
                            mask |= 1 << t;
                        }
                    }
                    out.writeLong(key);
                    out.writeInt(mask);
                    for (int t = 0; t < TagSet.SIZE; t++) {
                        if (q[t] != 0) {
                            out.writeShort(q[t]);
                        }
                    }
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    static TaggerModel read(InputStream stream) throws IOException {
        ByteBuffer in;
        try (GZIPInputStream gz = new GZIPInputStream(stream, 1 << 16)) {
            in = ByteBuffer.wrap(gz.readAllBytes());
        }
        if (in.getInt() != MAGIC) {
            throw new IOException("not a newsidx NER model");
        }
        int size = in.getInt();
        if (size != TagSet.SIZE) {
            throw new IOException("model has " + size + " tags, expected " + TagSet.SIZE);
        }
        int clusterCount = in.getInt();
        LongIntMap paths = new LongIntMap(Math.max(4, clusterCount));
        for (int i = 0; i < clusterCount; i++) {
            long k = in.getLong();
            paths.put(k, in.getInt());
        }
        float scale = in.getFloat();
        float outsideBias = in.getFloat();
        int count = in.getInt();
        LongIntMap rows = new LongIntMap(count);
        float[] weights = new float[count * TagSet.SIZE];
        for (int r = 0; r < count; r++) {
            long key = in.getLong();
            int mask = in.getInt();
            int base = r * TagSet.SIZE;
            while (mask != 0) {
                int t = Integer.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                weights[base + t] = in.getShort() * scale;
            }
            rows.put(key, r);
        }
        return new TaggerModel(rows, weights, clusterCount == 0 ? null : new WordClusters(paths), outsideBias);
    }

}
