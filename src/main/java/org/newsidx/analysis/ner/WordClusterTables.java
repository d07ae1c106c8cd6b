package org.newsidx.analysis.ner;

/**
 * The two word-cluster tables the tagger's features read: {@code context} from the contexts of words in
 * unlabelled news ({@link ClusterBuilder}, with a capitalisation prior), {@code embedding} from pre-trained
 * GloVe word vectors ({@link EmbeddingClusterBuilder}). Either may be null (a model trained without it).
 */
record WordClusterTables(WordClusters context, WordClusters embedding) {

    static final WordClusterTables NONE = new WordClusterTables(null, null);

    /** The context-cluster path of a lower-cased word's hash, or -1. */
    int contextPath(long lowerHash) {
        return context == null ? -1 : context.pathOf(lowerHash);
    }

    /** The embedding-cluster path of a lower-cased word's hash, or -1. */
    int embeddingPath(long lowerHash) {
        return embedding == null ? -1 : embedding.pathOf(lowerHash);
    }
}
