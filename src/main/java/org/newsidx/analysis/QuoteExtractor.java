package org.newsidx.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations and their speakers. Thread-safe.
 * (First version: double-quoted strings, no speakers.)
 */
public final class QuoteExtractor {

    private static final Pattern QUOTED = Pattern.compile("“[^”\\n]{2,}”|\"[^\"\\n]{2,}\"");

    public List<Quotation> extract(String text, List<Sentence> sentences, List<EntityMention> entities) {
        List<Quotation> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(new Quotation(m.start(), m.end(), m.group(), null, null, null, null, false));
        }
        return out;
    }
}
