package org.newsidx.analysis;

import java.util.List;
import org.newsidx.ingest.Article;

/** An article with everything the analysis found in its text; all offsets point into {@code article.text()}. */
public record AnalyzedArticle(Article article, List<Passage> passages, List<EntityMention> entities,
                              List<DateMention> dates, List<Quotation> quotes) {
}
