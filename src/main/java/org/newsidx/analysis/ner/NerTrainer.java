package org.newsidx.analysis.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the shipped entity tagger: an averaged perceptron over BILOU tags with greedy decoding, on the
 * training sets under {@code --data} (the shared data root). Reproducible: fixed seed and data order.
 * With {@code --runs N} it trains N perceptrons on different shuffles (seeds) and averages their weights.
 *
 * <pre>java -Xmx6g -cp target/newsidx.jar org.newsidx.analysis.ner.NerTrainer --data ../shared/data \
 *     --out src/main/resources/org/newsidx/ner/model.bin [--epochs 8] [--runs 1] [--train conllpp,wikigold]
 *     [--dev conllpp-dev,uner-ewt-dev] [--clusters FILE] [--embedding-clusters FILE]</pre>
 *
 * Training sets: {@code conllpp} (CoNLL++ train), {@code wikigold}, {@code uner-ewt-dev}, {@code file:PATH}
 * (a CoNLL file such as the GUM train split converted by {@code scripts/gum_to_conll.py}). Development sets
 * (scored after every epoch, never trained on unless also listed in --train): {@code conllpp-dev},
 * {@code uner-ewt-dev}. Test splits are not readable through this command.
 */
public final class NerTrainer {

    private static final java.util.Map<String, String> CROSSNER_TYPES = java.util.Map.of("person", "PER",
            "politician", "PER", "organisation", "ORG", "politicalparty", "ORG", "country", "LOC", "location", "LOC");

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data");
        Path out = Path.of("src/main/resources/org/newsidx/ner/model.bin");
        Path clusterFile = null;
        Path embeddingFile = null;
        int epochs = 8;
        int runs = 1;
        float minWeight = 0.05f;
        String train = "conllpp";
        double lowercaseCopies = 0;
        boolean predictedHistory = false;
        float outsideBias = 0;
        List<Float> biasesToReport = new ArrayList<>(List.of(0f));
        String dev = "conllpp-dev,uner-ewt-dev";
        String classBias = "";
        List<String> classBiasesToReport = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--train" -> train = args[++i];
                case "--dev" -> dev = args[++i];
                case "--clusters" -> clusterFile = Path.of(args[++i]);
                case "--embedding-clusters" -> embeddingFile = Path.of(args[++i]);
                case "--min-weight" -> minWeight = Float.parseFloat(args[++i]);
                case "--predicted-history" -> predictedHistory = true;
                case "--o-bias" -> outsideBias = Float.parseFloat(args[++i]);
                case "--report-o-bias" -> {
                    for (String b : args[++i].split(",")) {
                        biasesToReport.add(Float.parseFloat(b));
                    }
                }
                case "--class-bias" -> classBias = args[++i];
                case "--report-class-bias" -> classBiasesToReport.addAll(List.of(args[++i].split(";")));
                case "--lowercase-copies" -> lowercaseCopies = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<LabelledDocument> trainDocs = new ArrayList<>();
        for (String name : train.split(",")) {
            List<LabelledDocument> docs = load(data, name);
            System.err.printf("train %s: %d documents%n", name, docs.size());
            trainDocs.addAll(docs);
        }
        if (lowercaseCopies > 0) {
            trainDocs.addAll(lowercasedCopies(trainDocs, lowercaseCopies, new Random(7)));
        }
        List<String> devNames = new ArrayList<>();
        List<List<LabelledDocument>> devSets = new ArrayList<>();
        for (String name : dev.split(",")) {
            if (!name.isBlank()) {
                devNames.add(name);
                devSets.add(load(data, name));
            }
        }
        WordClusterTables clusters = new WordClusterTables(clusterFile == null ? null : ClusterFile.read(clusterFile),
                embeddingFile == null ? null : ClusterFile.read(embeddingFile));
        Lexicon lexicon = Lexicon.load();
        FeatureExtractor extractor = new FeatureExtractor(lexicon, clusters);
        List<List<PreparedSentence>> prepared = new ArrayList<>();
        for (LabelledDocument d : trainDocs) {
            List<PreparedSentence> ps = new ArrayList<>();
            for (LabelledSentence s : d.sentences()) {
                ps.add(extractor.prepare(s.tokens()));
            }
            prepared.add(ps);
        }
        long[] feats = new long[FeatureExtractor.MAX_FEATURES];
        float[] scores = new float[TagSet.SIZE];
        TaggerModel model = null;
        List<TaggerModel> runModels = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            PerceptronLearner learner = new PerceptronLearner();
            Random random = new Random(20231208L + run);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < trainDocs.size(); i++) {
                order.add(i);
            }
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long t0 = System.nanoTime();
                Collections.shuffle(order, random);
                int errors = 0;
                int tokens = 0;
                for (int d : order) {
                    DocumentMemory memory = new DocumentMemory();
                    List<LabelledSentence> sentences = trainDocs.get(d).sentences();
                    for (int si = 0; si < sentences.size(); si++) {
                        PreparedSentence s = prepared.get(d).get(si);
                        int[] gold = sentences.get(si).tags();
                        int[] predicted = new int[s.length];
                        int prev1 = TagSet.START;
                        int prev2 = TagSet.START;
                        for (int i = 0; i < s.length; i++) {
                            int n = extractor.extract(s, i, prev1, prev2, memory, feats);
                            learner.score(feats, n, scores);
                            int best = SequenceTagger.bestAllowed(scores, prev1, false);
                            predicted[i] = best;
                            int target = predictedHistory ? reachable(prev1, gold[i]) : gold[i];
                            if (best != target) {
                                learner.update(feats, n, target, best);
                                errors++;
                            }
                            learner.tick();
                            tokens++;
                            prev2 = prev1;
                            prev1 = predictedHistory ? best : gold[i];
                        }
                        for (int i = 0; i < s.length; i++) {
                            if (s.capitalised[i]) {
                                memory.record(s.lower[i], predicted[i]);
                            }
                        }
                    }
                }
                model = learner.averaged(clusters, 0f);
                StringBuilder report = new StringBuilder();
                SequenceTagger tagger = new SequenceTagger(model, extractor);
                for (int k = 0; k < devSets.size(); k++) {
                    report.append(String.format("  %s %s", devNames.get(k), DevScorer.score(tagger, devSets.get(k))));
                }
                System.err.printf("epoch %d: %d/%d token errors, %.1fs%s%n", epoch, errors, tokens,
                        (System.nanoTime() - t0) / 1e9, report);
            }
            runModels.add(model);
        }
        model = TaggerModel.average(runModels);
        TaggerModel pruned = model.pruned(minWeight);
        for (float bias : biasesToReport) {
            SequenceTagger tagger = new SequenceTagger(pruned.withOutsideBias(bias), extractor);
            StringBuilder report = new StringBuilder();
            for (int k = 0; k < devSets.size(); k++) {
                report.append(String.format("  %s %s", devNames.get(k), DevScorer.score(tagger, devSets.get(k))));
            }
            System.err.printf("pruned to %d of %d features, O bias %.1f:%s%n", pruned.featureCount(),
                    model.featureCount(), bias, report);
        }
        for (String spec : classBiasesToReport) {
            SequenceTagger tagger = new SequenceTagger(withClassBiases(pruned.withOutsideBias(outsideBias), spec), extractor);
            StringBuilder report = new StringBuilder();
            for (int k = 0; k < devSets.size(); k++) {
                report.append(String.format("  %s %s", devNames.get(k), DevScorer.score(tagger, devSets.get(k))));
            }
            System.err.printf("O bias %.1f, class bias %s:%s%n", outsideBias, spec, report);
        }
        pruned = withClassBiases(pruned.withOutsideBias(outsideBias), classBias);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            pruned.write(o);
        }
        System.err.printf("wrote %s (%d bytes)%n", out, Files.size(out));
    }

    /** Applies "ORG:-2,PER:1" (class:delta to the score of starting an entity of that class). */
    static TaggerModel withClassBiases(TaggerModel model, String spec) {
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split(":");
            model = model.withClassBias(TagSet.classIndex(kv[0].trim()), Float.parseFloat(kv[1]));
        }
        return model;
    }

    /**
     * The gold tag made consistent with the predicted previous tag (the oracle when training on predicted
     * history): inside/last after a closed tag become begin/unit, begin/unit after an open tag stay.
     */
    static int reachable(int prev, int gold) {
        if (TagSet.allowed(prev, gold)) {
            return gold;
        }
        int cls = TagSet.classOf(gold);
        if (cls < 0) {
            return TagSet.allowed(prev, TagSet.O) ? TagSet.O : closing(prev);
        }
        int pos = TagSet.positionOf(gold);
        int mapped = (pos == TagSet.I) ? TagSet.tag(cls, TagSet.B) : (pos == TagSet.L) ? TagSet.tag(cls, TagSet.U) : gold;
        return TagSet.allowed(prev, mapped) ? mapped : closing(prev);
    }

    /** The tag that closes the entity open at {@code prev}. */
    private static int closing(int prev) {
        return TagSet.tag(TagSet.classOf(prev), TagSet.L);
    }

    /**
     * Lower-cased copies of a random share of the documents, so that the tagger also learns names in
     * uncased text (web text writes "san francisco"), where the gazetteer and word features must do the work.
     */
    private static List<LabelledDocument> lowercasedCopies(List<LabelledDocument> docs, double share, Random random) {
        List<LabelledDocument> out = new ArrayList<>();
        for (LabelledDocument d : docs) {
            if (random.nextDouble() >= share) {
                continue;
            }
            List<LabelledSentence> sentences = new ArrayList<>();
            for (LabelledSentence s : d.sentences()) {
                sentences.add(new LabelledSentence(s.tokens().stream()
                        .map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList(), s.tags()));
            }
            out.add(new LabelledDocument(d.id() + "-lower", sentences));
        }
        return out;
    }

    /** Every other document, starting at {@code first}: two disjoint halves for cross-validation. */
    private static List<LabelledDocument> everyOther(List<LabelledDocument> docs, int first) {
        List<LabelledDocument> out = new ArrayList<>();
        for (int i = first; i < docs.size(); i += 2) {
            out.add(docs.get(i));
        }
        return out;
    }

    static List<LabelledDocument> load(Path data, String name) throws IOException {
        Path ner = data.resolve("ner");
        if (name.startsWith("file:")) {
            // a converted CoNLL file ("token TAG" or CoNLL-2003 columns), e.g. scripts/gum_to_conll.py output
            return NerCorpusReader.readConll(Path.of(name.substring(5)));
        }
        return switch (name) {
            case "conllpp" -> NerCorpusReader.readConll(ner.resolve("conllpp/data/conllpp_train.txt"));
            case "conllpp-dev" -> NerCorpusReader.readConll(ner.resolve("conllpp/data/conllpp_dev.txt"));
            case "wikigold" -> NerCorpusReader.readConll(ner.resolve("wikigold/data/CONLL-format/data/wikigold.conll.txt"));
            case "uner-ewt-dev" -> NerCorpusReader.readIob2(ner.resolve("uner/data/UNER_English-EWT/en_ewt-ud-dev.iob2"));
            case "crossner" -> {
                List<LabelledDocument> docs = new ArrayList<>();
                for (String split : List.of("train", "dev")) {
                    docs.addAll(NerCorpusReader.readConll(ner.resolve("crossner-politics/data/ner_data/politics/"
                            + split + ".txt"), CROSSNER_TYPES, 20));
                }
                yield docs;
            }
            case "uner-ewt-dev-even" -> everyOther(load(data, "uner-ewt-dev"), 0);
            case "uner-ewt-dev-odd" -> everyOther(load(data, "uner-ewt-dev"), 1);
            default -> throw new IllegalArgumentException("unknown data set " + name
                    + " (conllpp, conllpp-dev, wikigold, crossner, uner-ewt-dev, uner-ewt-dev-even, uner-ewt-dev-odd)");
        };
    }
}
