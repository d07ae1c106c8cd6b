package org.newsidx.analysis.ner;

import java.util.Arrays;

/**
 * Averaged-perceptron learning of {@link TaggerModel} weights (Collins 2002), with the "lazy" averaging
 * trick: keeps {@code w} and {@code u = sum of step * update}, so the average is {@code w - u / step}.
 * Single-threaded.
 */
final class PerceptronLearner {

    private final LongIntMap index = new LongIntMap(1 << 20);
    private float[] weights = new float[(1 << 20) * TagSet.SIZE];
    private double[] updates = new double[(1 << 20) * TagSet.SIZE];
    private int rows;
    private long step = 1;

    void score(long[] features, int n, float[] scores) {
        Arrays.fill(scores, 0f);
        for (int f = 0; f < n; f++) {
            int row = index.get(features[f], -1);
            if (row < 0) {
                continue;
            }
            int base = row * TagSet.SIZE;
            for (int t = 0; t < TagSet.SIZE; t++) {
                scores[t] += weights[base + t];
            }
        }
    }

    /** Rewards {@code gold} and penalises {@code predicted} for these features. */
    void update(long[] features, int n, int gold, int predicted) {
        for (int f = 0; f < n; f++) {
            int row = rowOf(features[f]);
            int base = row * TagSet.SIZE;
            weights[base + gold] += 1;
            updates[base + gold] += step;
            weights[base + predicted] -= 1;
            updates[base + predicted] -= step;
        }
    }

    void tick() {
        step++;
    }

    /** The averaged weights, keeping features whose largest averaged weight is at least {@code minWeight}. */
    TaggerModel averaged(WordClusterTables clusters, float minWeight) {
        LongIntMap kept = new LongIntMap(rows);
        float[] avg = new float[rows * TagSet.SIZE];
        int[] count = {0};
        index.forEach((key, row) -> {
            int base = row * TagSet.SIZE;
            float max = 0;
            int out = count[0] * TagSet.SIZE;
            for (int t = 0; t < TagSet.SIZE; t++) {
                float a = (float) (weights[base + t] - updates[base + t] / step);
                avg[out + t] = a;
                max = Math.max(max, Math.abs(a));
            }
            if (max >= minWeight) {
                kept.put(key, count[0]++);
            }
        });
        return new TaggerModel(kept, Arrays.copyOf(avg, count[0] * TagSet.SIZE), clusters, 0f);
    }

    private int rowOf(long key) {
        int row = index.get(key, -1);
        if (row >= 0) {
            return row;
        }
        if ((rows + 1) * TagSet.SIZE > weights.length) {
            weights = Arrays.copyOf(weights, weights.length * 2);
            updates = Arrays.copyOf(updates, updates.length * 2);
        }
        row = rows++;
        index.put(key, row);
        return row;
    }
}
