package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsidx.analysis.Quotation;

/** The quotations behind a passage: those inside it and those that start or end in it. */
public final class QuoteFinder {

    /** A quotation with the passage and article it was found through. */
    public record PassageQuote(String passageId, String articleId, Quotation quote) {
    }

    private final ArticleLookup lookup;

    public QuoteFinder(ArticleLookup lookup) {
        this.lookup = lookup;
    }

    /** Empty when no passage has this id. */
    public Optional<List<PassageQuote>> quotesOf(String passageId) throws IOException {
        Optional<StoredPassage> passage = lookup.passage(passageId);
        if (passage.isEmpty()) {
            return Optional.empty();
        }
        StoredPassage p = passage.get();
        List<PassageQuote> out = new ArrayList<>();
        for (Quotation q : lookup.quotes(p.articleId()).orElse(List.of())) {
            if (overlaps(q, p)) {
                out.add(new PassageQuote(p.id(), p.articleId(), q));
            }
        }
        return Optional.of(out);
    }

    static boolean overlaps(Quotation q, StoredPassage p) {
        return q.start() < p.end() && q.end() > p.start();
    }
}
