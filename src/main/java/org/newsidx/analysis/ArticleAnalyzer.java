package org.newsidx.analysis;

import java.util.List;
import org.newsidx.ingest.Article;

/** The analysis pipeline: sentences, passages, entities, dates and quotations of one article. Thread-safe. */
public final class ArticleAnalyzer {

    private final SentenceSplitter sentenceSplitter;
    private final PassageSplitter passageSplitter;
    private final EntityRecognizer entityRecognizer;
    private final DateExtractor dateExtractor;
    private final QuoteExtractor quoteExtractor;

    public ArticleAnalyzer(SentenceSplitter sentenceSplitter, EntityRecognizer entityRecognizer,
                           DateExtractor dateExtractor, QuoteExtractor quoteExtractor) {
        this.sentenceSplitter = sentenceSplitter;
        this.passageSplitter = new PassageSplitter(sentenceSplitter);
        this.entityRecognizer = entityRecognizer;
        this.dateExtractor = dateExtractor;
        this.quoteExtractor = quoteExtractor;
    }

    /** The pipeline with the shipped components. */
    public static ArticleAnalyzer standard() {
        return new ArticleAnalyzer(new SentenceSplitter(), org.newsidx.analysis.ner.StatisticalEntityRecognizer.shared(), new DateExtractor(),
                new QuoteExtractor());
    }

    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<Sentence> sentences = sentenceSplitter.split(text);
        List<Passage> passages = passageSplitter.split(article.id(), text);
        List<EntityMention> entities = entityRecognizer.recognize(text, sentences);
        List<DateMention> dates = dateExtractor.extract(text, article.published());
        List<Quotation> quotes = quoteExtractor.extract(text, sentences, entities);
        return new AnalyzedArticle(article, passages, entities, dates, quotes);
    }
}
