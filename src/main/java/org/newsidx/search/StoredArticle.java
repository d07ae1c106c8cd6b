package org.newsidx.search;

import java.util.List;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Quotation;

/** An article as the index holds it, with its analysis. Offsets point into {@code text}. */
public record StoredArticle(String id, String path, String title, String published, String source, String url,
                            String authors, String text, int passages, List<EntityMention> entities,
                            List<DateMention> dates, List<Quotation> quotes) {
}
