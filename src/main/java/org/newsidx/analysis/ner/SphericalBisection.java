package org.newsidx.analysis.ner;

import java.util.Random;

/**
 * Hierarchical clustering of unit vectors by recursive spherical 2-means: each vector gets the path of
 * left/right choices that leads to its leaf (up to {@code depth} bits), the form of Brown clusters.
 * Deterministic for a given {@link Random}.
 */
final class SphericalBisection {

    private static final int ITERATIONS = 6;

    private final int depth;

    SphericalBisection(int depth) {
        if (depth < 1 || depth > 24) {
            throw new IllegalArgumentException("depth " + depth);
        }
        this.depth = depth;
    }

    /** Fills each vector's path and path length. */
    void split(float[][] vectors, int[] paths, int[] lengths, Random random) {
        int[] all = new int[vectors.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        split(vectors, all, 0, 0, paths, lengths, random);
    }

    /** A path as a string of 0s and 1s ("0" for the empty path). */
    static String bits(int path, int length) {
        StringBuilder bits = new StringBuilder();
        for (int k = length - 1; k >= 0; k--) {
            bits.append((path >>> k) & 1);
        }
        return bits.length() == 0 ? "0" : bits.toString();
    }

    static void normalise(float[] x) {
        double n = 0;
        for (float f : x) {
            n += f * f;
        }
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int d = 0; d < x.length; d++) {
                x[d] *= inv;
            }
        }
    }

    private void split(float[][] vectors, int[] members, int level, int path, int[] paths, int[] lengths,
                       Random random) {
        if (level == depth || members.length < 2) {
            leaf(members, level, path, paths, lengths);
            return;
        }
        int dim = vectors[members[0]].length;
        float[] a = vectors[members[random.nextInt(members.length)]].clone();
        float[] b = farthest(vectors, members, a).clone();
        boolean[] side = new boolean[members.length];
        for (int iter = 0; iter < ITERATIONS; iter++) {
            float[] na = new float[dim];
            float[] nb = new float[dim];
            for (int i = 0; i < members.length; i++) {
                float[] x = vectors[members[i]];
                side[i] = dot(x, b) > dot(x, a);
                float[] target = side[i] ? nb : na;
                for (int d = 0; d < dim; d++) {
                    target[d] += x[d];
                }
            }
            normalise(na);
            normalise(nb);
            a = na;
            b = nb;
        }
        int right = 0;
        for (boolean s : side) {
            if (s) {
                right++;
            }
        }
        if (right == 0 || right == members.length) {
            leaf(members, level, path, paths, lengths);
            return;
        }
        int[] left = new int[members.length - right];
        int[] rightMembers = new int[right];
        int li = 0;
        int ri = 0;
        for (int i = 0; i < members.length; i++) {
            if (side[i]) {
                rightMembers[ri++] = members[i];
            } else {
                left[li++] = members[i];
            }
        }
        split(vectors, left, level + 1, path << 1, paths, lengths, random);
        split(vectors, rightMembers, level + 1, (path << 1) | 1, paths, lengths, random);
    }

    private static void leaf(int[] members, int level, int path, int[] paths, int[] lengths) {
        for (int m : members) {
            paths[m] = path;
            lengths[m] = level;
        }
    }

    private static float[] farthest(float[][] vectors, int[] members, float[] from) {
        float best = Float.MAX_VALUE;
        float[] out = vectors[members[0]];
        for (int m : members) {
            float d = dot(vectors[m], from);
            if (d < best) {
                best = d;
                out = vectors[m];
            }
        }
        return out;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
