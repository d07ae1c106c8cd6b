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
        for (LabelledDocument d : docs) {
            DocumentMemory memory = new DocumentMemory();
            for (LabelledSentence s : d.sentences()) {
                PreparedSentence ps = tagger.features().prepare(s.tokens());
                int[] predicted = tagger.tag(ps, memory);
                Set<Long> gold = new HashSet<>();
                Set<Long> ignore = new HashSet<>();
                for (long span : spans(s.tags())) {
                    if ((int) (span & 0xFF) == misc) {
                        ignore.add(span >>> 8);
                    } else {
                        gold.add(span);
                    }
                }
                for (long span : spans(predicted)) {
                    if ((int) (span & 0xFF) == misc) {
                        continue;
                    }
                    if (gold.remove(span)) {
                        tp++;
                    } else if (!ignore.contains(span >>> 8)) {
                        fp++;
                    }
                }
                fn += gold.size();
            }
        }
        double p = tp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp == 0 ? 0 : tp / (double) (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format("P %.4f R %.4f F1 %.4f", p, r, f);
    }

    /** Spans packed as {@code start << 24 | end << 8 | class}. */
    static List<Long> spans(int[] tags) {
        List<Long> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == TagSet.O) {
                start = -1;
                continue;
            }
            int pos = TagSet.positionOf(t);
            if (pos == TagSet.B || pos == TagSet.U) {
                start = i;
            }
            if ((pos == TagSet.L || pos == TagSet.U) && start >= 0) {
                out.add(((long) start << 24) | ((long) (i + 1) << 8) | TagSet.classOf(t));
                start = -1;
            }
        }
        return out;
    }
}
