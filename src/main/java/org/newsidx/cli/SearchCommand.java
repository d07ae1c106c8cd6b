package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsidx.search.ArticleLookup;
import org.newsidx.util.Trace;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.PassageHit;
import org.newsidx.search.PassageSearcher;
import org.newsidx.search.QuerySyntaxException;
import org.newsidx.search.QuoteFinder;
import org.newsidx.search.SearchRequest;
import org.newsidx.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsidx search}: the best passages for a query, with facet counts for narrowing down. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find the passages that best match a query, with facet counts to narrow down.",
            "QUERY uses Lucene syntax: words, \"a phrase\", AND / OR / NOT, title:word, migra*, Macron~."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filters;

    // the initial values are the defaults, for QuickSearch, which sets only what the arguments give
    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Passages to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Passages to skip (for paging).")
    int offset;

    @Option(names = "--facets", paramLabel = "N", defaultValue = "10", description = "Values per facet (default: ${DEFAULT-VALUE}; 0 for none).")
    int facetTop = 10;

    @Option(names = "--exact-counts", description = "Count facets over all the matching articles, also when there "
            + "are so many that they are estimated from a sample (slower).")
    boolean exactCounts;

    @Option(names = "--per-article", paramLabel = "N", defaultValue = "3",
            description = "At most N passages of one article (default: ${DEFAULT-VALUE}; 0 for no limit).")
    int perArticle = 3;

    @Option(names = "--quotes", description = "Show the quotations of each passage under it.")
    boolean quotes;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Where results go when the command runs without picocli (QuickSearch); else picocli's output. */
    PrintWriter out;

    @Override
    public Integer call() throws IOException {
        Trace.mark("search command parsed");
        var request = request();
        try (IndexSnapshot index = common.openIndex()) {
            Trace.mark("index open");
            SearchResult result;
            try {
                result = new PassageSearcher(index).search(request);
                Trace.mark("searched");
            } catch (QuerySyntaxException e) {
                throw new UserError(e.getMessage(), ErrorReporter.USAGE, e);
            }
            Map<String, List<QuoteFinder.PassageQuote>> quotesByPassage = quotes ? quotesOf(index, result) : Map.of();
            PrintWriter out = this.out != null ? this.out : spec.commandLine().getOut();
            if (common.json) {
                JsonOutput.println(out, JsonViews.search(result, quotes ? quotesByPassage : null));
            } else {
                SearchPrinter.print(out, result, request, quotesByPassage, Terminal.colours());
            }
            Trace.mark("printed");
            return result.hits().isEmpty() ? 1 : 0;
        }
    }

    /** The search these options ask for. */
    SearchRequest request() {
        SearchRequest request = filters.request(String.join(" ", words), limit, offset, facetTop, perArticle);
        return exactCounts ? request.withExactCounts() : request;
    }

    private static Map<String, List<QuoteFinder.PassageQuote>> quotesOf(IndexSnapshot index, SearchResult result)
            throws IOException {
        QuoteFinder finder = new QuoteFinder(new ArticleLookup(index));
        Map<String, List<QuoteFinder.PassageQuote>> out = new LinkedHashMap<>();
        for (PassageHit h : result.hits()) {
            out.put(h.passageId(), finder.quotesOf(h));
        }
        return out;
    }
}
