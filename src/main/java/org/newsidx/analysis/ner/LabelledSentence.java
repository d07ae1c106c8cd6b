package org.newsidx.analysis.ner;

import java.util.List;

/** A training or development sentence: its tokens and their gold BILOU tags ({@link TagSet}). */
record LabelledSentence(List<String> tokens, int[] tags) {
}
