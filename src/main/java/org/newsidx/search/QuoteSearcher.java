package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.newsidx.analysis.Quotation;
import org.newsidx.index.IndexSchema;

/**
 * Searches inside quotations: passages ranked by the words of their quotations, under every filter
 * of {@code search}; the answer lists the quotations themselves, by the requested speakers only.
 */
public final class QuoteSearcher {

    /** The ranked quotations, with the passage search they came from (totals and facets). */
    public record QuoteSearchResult(SearchResult passages, List<QuoteFinder.PassageQuote> quotes) {
    }

    private final PassageSearcher searcher;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final QuoteFinder finder;

    public QuoteSearcher(IndexSnapshot index) {
        this.searcher = new PassageSearcher(index, QueryFactory.QUOTE_FIELDS);
        this.finder = new QuoteFinder(new ArticleLookup(index));
    }

    public QuoteSearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        SearchResult result = searcher.search(request, new FieldExistsQuery(IndexSchema.QUOTE_TEXT));
        Set<String> wanted = queryTerms(request.query());
        Set<String> speakers = Set.copyOf(result.resolvedFilters().getOrDefault(IndexSchema.DIM_SPEAKER, List.of()));
        List<QuoteFinder.PassageQuote> quotes = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PassageHit hit : result.hits()) {
            for (QuoteFinder.PassageQuote pq : finder.quotesOf(hit)) {
                Quotation q = pq.quote();
                boolean bySpeaker = speakers.isEmpty() || (q.speaker() != null && speakers.contains(q.speaker()));
                if (bySpeaker && matches(q.text(), wanted) && seen.add(pq.articleId() + ":" + q.start())) {
                    quotes.add(pq);
                }
            }
        }
        return new QuoteSearchResult(result, quotes);
    }

    /** The analysed words the query looks for in quotations; empty when any quotation will do. */
    private Set<String> queryTerms(String query) throws QuerySyntaxException {
        Set<String> terms = new java.util.HashSet<>();
        new QueryFactory(analyzer, QueryFactory.QUOTE_FIELDS).parse(query).visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) {
                    if (t.field().equals(IndexSchema.QUOTE_TEXT)) {
                        terms.add(t.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    /** Whether a quotation holds one of the query's words (a passage can hold several quotations). */
    private boolean matches(String quote, Set<String> wanted) throws IOException {
        if (wanted.isEmpty()) {
            return true;
        }
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.QUOTE_TEXT, quote)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    return true;
                }
            }
            ts.end();
        }
        return false;
    }
}
