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
        return Optional.of(quotesIn(p.id(), p.articleId(), p.start(), p.end()));
    }

    /** The quotations behind a ranked passage, whose article and offsets the hit already has. */
    public List<PassageQuote> quotesOf(PassageHit hit) throws IOException {
        return quotesIn(hit.passageId(), hit.articleId(), hit.start(), hit.end());
    }

    private List<PassageQuote> quotesIn(String passageId, String articleId, int start, int end) throws IOException {
        List<PassageQuote> out = new ArrayList<>();
        for (Quotation q : lookup.quotes(articleId).orElse(List.of())) {
            if (q.start() < end && q.end() > start) {
                out.add(new PassageQuote(passageId, articleId, q));
            }
        }
        return out;
    }
}
