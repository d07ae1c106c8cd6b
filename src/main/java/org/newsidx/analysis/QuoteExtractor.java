package org.newsidx.analysis;

import java.util.ArrayList;
import java.util.List;
import org.newsidx.analysis.quotes.Attribution;
import org.newsidx.analysis.quotes.AttributionFinder;
import org.newsidx.analysis.quotes.QuotationSelector;
import org.newsidx.analysis.quotes.QuoteMarkScanner;
import org.newsidx.analysis.quotes.QuotedSpan;
import org.newsidx.analysis.quotes.ReportingVerbs;
import org.newsidx.analysis.quotes.SpeakerResolver;

/**
 * Finds direct quotations and their speakers: quoted strings ({@link QuoteMarkScanner}), the attribution
 * in their sentence or, for a quotation that continues a speaker's words, the attribution before it
 * ({@link AttributionFinder}, {@link QuotationSelector}), and the speaker's name ({@link SpeakerResolver}).
 * Thread-safe.
 */
public final class QuoteExtractor {

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();
    private final AttributionFinder finder;
    private final QuotationSelector selector;

    public QuoteExtractor() {
        this(ReportingVerbs.standard());
    }

    public QuoteExtractor(ReportingVerbs verbs) {
        this.finder = new AttributionFinder(verbs);
        this.selector = new QuotationSelector(finder);
    }

    public List<Quotation> extract(String text, List<Sentence> sentences, List<EntityMention> entities) {
        List<QuotedSpan> spans = scanner.scanHouseStyle(text);
        if (spans.isEmpty()) {
            return List.of();
        }
        List<QuotationSelector.Selected> selected = selector.select(text, spans);
        SpeakerResolver resolver = new SpeakerResolver(text, sentences, entities, spans);
        List<Quotation> out = new ArrayList<>(selected.size());
        for (QuotationSelector.Selected s : selected) {
            QuotedSpan span = s.span();
            Attribution a = s.attribution();
            String quoted = text.substring(span.start(), span.end());
            if (a == null) {
                out.add(new Quotation(span.start(), span.end(), quoted, null, null, null, null, s.partial()));
                continue;
            }
            String speaker = resolver.resolve(a.named());
            resolver.remember(a.named(), speaker);
            out.add(new Quotation(span.start(), span.end(), quoted, speaker, a.mention().start(), a.mention().end(),
                    a.cue(), s.partial()));
        }
        return out;
    }
}
