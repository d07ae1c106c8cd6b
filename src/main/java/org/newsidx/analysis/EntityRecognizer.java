package org.newsidx.analysis;

import java.util.List;

/** Finds people, organisations and places in article text. Implementations are thread-safe. */
public interface EntityRecognizer {

    /**
     * The entity mentions of one article, each with its canonical name, in text order.
     *
     * @param sentences the text's sentences, from {@link SentenceSplitter}
     */
    List<EntityMention> recognize(String text, List<Sentence> sentences);
}
