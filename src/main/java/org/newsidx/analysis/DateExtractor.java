package org.newsidx.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsidx.analysis.dates.DateExpressionFinder;

/**
 * Finds date expressions and resolves them against the publication date: absolute dates, months, weekdays,
 * relative expressions and years (see {@link DateExpressionFinder}). Thread-safe.
 */
public final class DateExtractor {

    private final DateExpressionFinder finder = new DateExpressionFinder();

    /**
     * @param anchor the publication date, or null when the article is undated
     */
    public List<DateMention> extract(String text, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        for (DateExpressionFinder.Found f : finder.find(text, anchor)) {
            out.add(new DateMention(f.start(), f.end(), text.substring(f.start(), f.end()), f.value()));
        }
        return out;
    }
}
