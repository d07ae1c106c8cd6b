package org.newsidx.analysis.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Learns hierarchical word clusters from unlabelled news, a cheap stand-in for Brown clusters: each word
 * is described by its immediate left and right neighbours (or the two on each side with
 * {@code --window 2}) (PPMI-weighted counts over the 1,000 most
 * frequent words), randomly projected to 128 dimensions, and the words are split recursively by spherical
 * 2-means; a word's cluster is its path of left/right choices (up to 16 bits). Deterministic (fixed seed).
 * Also records how often each word is capitalised in mid-sentence (a
 * capitalisation prior). Writes "bits TAB word TAB count TAB capitalisation bucket" lines, the format {@link NerTrainer} {@code --clusters} reads.
 *
 * <pre>java -Xmx4g -cp target/newsidx.jar org.newsidx.analysis.ner.ClusterBuilder --data ../shared/data \
 *     --out /tmp/newsidx-clusters.txt</pre>
 *
 * Text read: Reuters-21578 (news-please JSON), BBC News, Wikinews 2019-2020 and the tokens of the NER
 * training files (conllpp train, wikigold, UNER EWT dev), all without labels.
 */
public final class ClusterBuilder {

    private static final int MAX_WORDS = 60_000;
    private static final int MIN_COUNT = 3;
    private static final int CONTEXTS = 1_000;
    private static final int DIM = 128;
    private static final int DEPTH = 16;
    /** Lower-cased word -> {mid-sentence occurrences, of which capitalised}, from running text only. */
    private static final Map<String, int[]> CAPITALISATION = new HashMap<>();

    /** Counts how often each word is capitalised when it is not the first word of a sentence. */
    private static void countCapitalisation(List<Token> tokens) {
        int upper = 0;
        int lettered = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().charAt(0))) {
                lettered++;
                if (t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        if (lettered == 0 || upper * 2 > lettered) {
            return; // headline in capitals
        }
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            String prev = tokens.get(i - 1).text();
            if (!Character.isLetter(w.charAt(0)) || prev.equals(".") || prev.equals("\"") || prev.equals("“")
                    || prev.equals(":") || prev.equals("?") || prev.equals("!")) {
                continue;
            }
            int[] c = CAPITALISATION.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
            c[0]++;
            if (Character.isUpperCase(w.charAt(0))) {
                c[1]++;
            }
        }
    }

    /** 0: rarely capitalised (< 10%), 1: < 50%, 2: < 90%, 3: nearly always; -1: seen fewer than 3 times. */
    private static int capitalisationBucket(String word) {
        int[] c = CAPITALISATION.get(word);
        if (c == null || c[0] < 3) {
            return -1;
        }
        double r = c[1] / (double) c[0];
        return r < 0.1 ? 0 : r < 0.5 ? 1 : r < 0.9 ? 2 : 3;
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data");
        Path out = Path.of("/tmp/newsidx-clusters.txt");
        int window = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--window" -> window = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String[]> sentences = new ArrayList<>();
        readCorpora(data, sentences);
        System.err.printf("%d sentences%n", sentences.size());
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        Map<String, Integer> vocab = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted) {
            if (e.getValue() < MIN_COUNT || words.size() >= MAX_WORDS) {
                break;
            }
            vocab.put(e.getKey(), words.size());
            words.add(e.getKey());
        }
        int v = words.size();
        int contexts = Math.min(CONTEXTS, v);
        // co-occurrence counts: word x (left context | right context)
        List<Map<Integer, Integer>> cooc = new ArrayList<>(v);
        for (int i = 0; i < v; i++) {
            cooc.add(new HashMap<>());
        }
        int[] offsets = window == 1 ? new int[] {-1, 1} : new int[] {-2, -1, 1, 2};
        double[] contextTotals = new double[offsets.length * contexts];
        double total = 0;
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer w = vocab.get(s[i]);
                if (w == null) {
                    continue;
                }
                for (int b = 0; b < offsets.length; b++) {
                    int j = i + offsets[b];
                    if (j < 0 || j >= s.length) {
                        continue;
                    }
                    Integer c = vocab.get(s[j]);
                    if (c != null && c < contexts) {
                        cooc.get(w).merge(b * contexts + c, 1, Integer::sum);
                        contextTotals[b * contexts + c]++;
                        total++;
                    }
                }
            }
        }
        Random random = new Random(1987L);
        float[][] projection = new float[offsets.length * contexts][DIM];
        for (float[] row : projection) {
            for (int d = 0; d < DIM; d++) {
                row[d] = (float) random.nextGaussian();
            }
        }
        float[][] vectors = new float[v][DIM];
        for (int w = 0; w < v; w++) {
            double wordTotal = 0;
            for (int c : cooc.get(w).values()) {
                wordTotal += c;
            }
            for (Map.Entry<Integer, Integer> e : cooc.get(w).entrySet()) {
                double pmi = Math.log(e.getValue() * total / (wordTotal * contextTotals[e.getKey()]));
                if (pmi > 0) {
                    float[] r = projection[e.getKey()];
                    for (int d = 0; d < DIM; d++) {
                        vectors[w][d] += (float) pmi * r[d];
                    }
                }
            }
            SphericalBisection.normalise(vectors[w]);
        }
        int[] paths = new int[v];
        int[] lengths = new int[v];
        new SphericalBisection(DEPTH).split(vectors, paths, lengths, random);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < v; i++) {
                w.write(SphericalBisection.bits(paths[i], lengths[i]) + "\t" + words.get(i) + "\t" + counts.get(words.get(i)) + "\t"
                        + capitalisationBucket(words.get(i)) + "\n");
            }
        }
        System.err.printf("wrote %d words to %s%n", v, out);
    }

    private static void readCorpora(Path data, List<String[]> sentences) throws IOException {
        NerTokenizer tokenizer = new NerTokenizer();
        ObjectMapper json = new ObjectMapper();
        Path reuters = data.resolve("corpora/reuters-newsplease");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reuters)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode n = json.readTree(f.toFile());
            addText(tokenizer, n.path("title").asText("") + "\n" + n.path("maintext").asText(""), sentences);
        }
        try (Stream<Path> walk = Files.walk(data.resolve("corpora/bbc-news/data/bbc"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                addText(tokenizer, new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1), sentences);
            }
        }
        try (Stream<Path> walk = Files.walk(data.resolve("corpora/wikinews-2019-2020"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                addText(tokenizer, Files.readString(f, StandardCharsets.UTF_8), sentences);
            }
        }
        for (String name : List.of("conllpp", "wikigold", "uner-ewt-dev")) {
            for (LabelledDocument d : NerTrainer.load(data, name)) {
                for (LabelledSentence s : d.sentences()) {
                    sentences.add(s.tokens().stream().map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new));
                }
            }
        }
    }

    private static void addText(NerTokenizer tokenizer, String text, List<String[]> sentences) {
        for (String line : text.split("\n")) {
            List<Token> tokens = tokenizer.tokenize(line, 0, line.length());
            countCapitalisation(tokens);
            if (!tokens.isEmpty()) {
                sentences.add(tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new));
            }
        }
    }

}
