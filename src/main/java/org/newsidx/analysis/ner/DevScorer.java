package org.newsidx.analysis.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In-process exact-span scoring of the tagger on gold documents, as the shared scorer does it: PER, ORG and
 * LOC spans count; a predicted span equal to a gold MISC span is ignored; MISC predictions are dropped.
 */
final class DevScorer {

    private DevScorer() {
    }

    static String score(SequenceTagger tagger, List<LabelledDocument> docs) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int misc = TagSet.classIndex("MISC");
        int[][] perClass = new int[4][3]; // tp, fp, fn
        String dump = System.getProperty("ner.dump"); // development aid: write the errors to this file
        StringBuilder errors = dump == null ? null : new StringBuilder();
        for (LabelledDocument d : docs) {
            DocumentMemory memory = new DocumentMemory();
            for (LabelledSentence s : d.sentences()) {
                PreparedSentence ps = tagger.features().prepare(s.tokens());
                int[] predicted = tagger.tag(ps, memory);
                Set<Long> gold = new HashSet<>();
                Set<Long> ignore = new HashSet<>();
                for (long span : TagSet.spans(s.tags())) {
                    if ((int) (span & 0xFF) == misc) {
                        ignore.add(span >>> 8);
                    } else {
                        gold.add(span);
                    }
                }
                for (long span : TagSet.spans(predicted)) {
                    if ((int) (span & 0xFF) == misc) {
                        continue;
                    }
                    int cls = (int) (span & 0xFF);
                    if (gold.remove(span)) {
                        tp++;
                        perClass[cls][0]++;
                    } else if (!ignore.contains(span >>> 8)) {
                        fp++;
                        perClass[cls][1]++;
                        if (errors != null) {
                            errors.append("FP ").append(describe(s.tokens(), span)).append('\n');
                        }
                    }
                }
                fn += gold.size();
                for (long span : gold) {
                    perClass[(int) (span & 0xFF)][2]++;
                    if (errors != null) {
                        errors.append("FN ").append(describe(s.tokens(), span)).append('\n');
                    }
                }
            }
        }
        double p = tp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp == 0 ? 0 : tp / (double) (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        StringBuilder classes = new StringBuilder();
        if (Boolean.getBoolean("ner.perclass")) {
            for (String name : List.of("PER", "ORG", "LOC")) {
                int[] c = perClass[TagSet.classIndex(name)];
                classes.append(String.format(" %s %.3f", name, 2.0 * c[0] / Math.max(1, 2 * c[0] + c[1] + c[2])));
            }
        }
        if (errors != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dump), errors);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return String.format("P %.4f R %.4f F1 %.4f", p, r, f) + classes;
    }

    private static String describe(List<String> tokens, long span) {
        int start = (int) (span >>> 24);
        int end = (int) ((span >>> 8) & 0xFFFF);
        int cls = (int) (span & 0xFF);
        return TagSet.CLASSES[cls] + " [" + String.join(" ", tokens.subList(start, end)) + "]  | "
                + String.join(" ", tokens);
    }

}
