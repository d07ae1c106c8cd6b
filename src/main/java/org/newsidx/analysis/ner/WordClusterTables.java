package org.newsidx.analysis.ner;

/**
 * The two word-cluster tables the tagger's features read: {@code context} from the contexts of words in
 * unlabelled news ({@link ClusterBuilder}, with a capitalisation prior), {@code embedding} from pre-trained
 * GloVe word vectors ({@link EmbeddingClusterBuilder}). Either may be null (a model trained without it).
 */
record WordClusterTables(WordClusters context, WordClusters embedding) {
}
