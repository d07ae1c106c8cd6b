package org.newsidx.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsidx.ingest.PublicationDateParser;

/**
 * Finds date expressions and resolves them against the publication date. Thread-safe.
 * (First version: absolute "8 December 2022" / "December 8, 2022" / "2022-12-08" only.)
 */
public final class DateExtractor {

    private static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?,?\\s+\\d{4}|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");

    /**
     * @param anchor the publication date, or null when the article is undated
     */
    public List<DateMention> extract(String text, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = ABSOLUTE.matcher(text);
        while (m.find()) {
            PublicationDateParser.parse(m.group())
                    .ifPresent(d -> out.add(new DateMention(m.start(), m.end(), m.group(), d.toString())));
        }
        return out;
    }
}
