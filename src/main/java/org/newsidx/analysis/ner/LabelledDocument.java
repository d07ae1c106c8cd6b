package org.newsidx.analysis.ner;

import java.util.List;

/** A training or development document: sentences in order. */
record LabelledDocument(String id, List<LabelledSentence> sentences) {
}
