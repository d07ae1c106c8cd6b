package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.newsidx.search.ArticleLookup;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.QuerySyntaxException;
import org.newsidx.search.QuoteFinder;
import org.newsidx.search.QuoteSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsidx quotes PASSAGE_ID}: the quotations behind a passage. {@code newsidx quotes --speaker
 * NAME [QUERY]}: search inside quotations, ranked, under every filter of {@code search}.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"The direct quotations behind a passage (in it, or starting or ending in it), with their speakers;",
            "or, given a query or filters instead of a passage id, the quotations that match, ranked."})
final class QuotesCommand implements Callable<Integer> {

    private static final Pattern PASSAGE_ID = Pattern.compile("[^\\s#]+#\\d+");

    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Passages to take quotations from, when searching (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--facets", paramLabel = "N", defaultValue = "10", description = "Values per facet when searching (default: ${DEFAULT-VALUE}).")
    int facetTop;

    @Parameters(arity = "0..*", paramLabel = "PASSAGE_ID|QUERY",
            description = "A passage id as printed by search (3f2a9c0d1e2b4a5c#4), or words to find in quotations.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean byPassage = words.size() == 1 && PASSAGE_ID.matcher(words.get(0)).matches();
        if (!byPassage && words.isEmpty() && filters.filters().isEmpty() && filters.from == null && filters.to == null
                && filters.mentions.isEmpty()) {
            throw new UserError("give a passage id (as printed by search), or a query and/or filters such as --speaker NAME");
        }
        try (IndexSnapshot index = common.openIndex()) {
            return byPassage ? ofPassage(index, words.get(0)) : search(index);
        }
    }

    private int ofPassage(IndexSnapshot index, String passageId) throws IOException {
        Optional<List<QuoteFinder.PassageQuote>> quotes = new QuoteFinder(new ArticleLookup(index)).quotesOf(passageId);
        if (quotes.isEmpty()) {
            // as show does: an id that names nothing is "no results" (1), not a usage error (2)
            throw new UserError("no passage with id " + passageId + " in " + common.index, 1, null);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            JsonOutput.println(out, quotes.get().stream().map(JsonViews::passageQuote).toList());
        } else {
            if (quotes.get().isEmpty()) {
                out.println("No quotations in passage " + passageId + ".");
            }
            print(out, quotes.get(), Terminal.colours(spec));
        }
        return quotes.get().isEmpty() ? 1 : 0;
    }

    private int search(IndexSnapshot index) throws IOException {
        QuoteSearcher.QuoteSearchResult r;
        try {
            r = new QuoteSearcher(index).search(filters.request(String.join(" ", words), limit, 0, facetTop, 0));
        } catch (QuerySyntaxException e) {
            throw new UserError(e.getMessage(), ErrorReporter.USAGE, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", String.join(" ", words));
            m.put("filters", r.passages().resolvedFilters());
            m.put("totalPassages", r.passages().totalPassages());
            m.put("totalArticles", r.passages().totalArticles());
            m.put("quotes", r.quotes().stream().map(JsonViews::passageQuote).toList());
            JsonViews.putFacets(m, r.passages());
            JsonOutput.println(out, m);
        } else {
            Terminal.Styles st = Terminal.colours(spec);
            out.println(st.bold(Counted.of(r.quotes().size(), "quotation", "quotations") + " from "
                    + Counted.of(r.passages().totalPassages(), "passage", "passages") + " in "
                    + Counted.of(r.passages().totalArticles(), "article", "articles")));
            out.println();
            print(out, r.quotes(), st);
            out.println();
            SearchPrinter.printFacets(out, r.passages().facets(), r.passages().estimatedDimensions(), st);
            out.flush();
        }
        return r.quotes().isEmpty() ? 1 : 0;
    }

    private static void print(PrintWriter out, List<QuoteFinder.PassageQuote> quotes, Terminal.Styles st) {
        for (QuoteFinder.PassageQuote pq : quotes) {
            var q = pq.quote();
            out.println(st.accent(q.speaker() == null ? "unattributed" : q.speaker())
                    + (q.cue() == null ? "" : st.dim(" (" + q.cue() + ")")) + (q.partial() ? st.dim(" partial") : "")
                    + st.dim("  " + pq.passageId()));
            out.println("  " + q.text());
        }
        out.flush();
    }
}
