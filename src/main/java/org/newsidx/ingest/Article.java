package org.newsidx.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read from a file: metadata and the body text that the analysis works on.
 *
 * @param id        stable id, derived from the file's path relative to the indexed root
 * @param path      the path shown to users (the root as given, plus the relative path)
 * @param title     headline, or null
 * @param published publication date, or null when the article is undated
 * @param source    outlet or source domain, or null
 * @param url       canonical URL, or null
 * @param authors   authors, possibly empty
 * @param text      the body text; all analysis offsets point into it
 */
public record Article(String id, String path, String title, LocalDate published, String source,
                      String url, List<String> authors, String text) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        text = text == null ? "" : text;
    }

    /** A copy with another publication date (the `analyze --date` override). */
    public Article withPublished(LocalDate date) {
        return new Article(id, path, title, date, source, url, authors, text);
    }

    /** A copy whose text is cut to {@code maxChars} characters. */
    public Article truncatedTo(int maxChars) {
        return text.length() <= maxChars ? this
                : new Article(id, path, title, published, source, url, authors, text.substring(0, maxChars));
    }
}
