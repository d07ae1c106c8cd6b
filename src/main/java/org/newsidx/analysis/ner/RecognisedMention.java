package org.newsidx.analysis.ner;

import org.newsidx.analysis.EntityType;

/** A mention found by the tagger, before it gets its canonical name. */
record RecognisedMention(int start, int end, String text, EntityType type) {
}
