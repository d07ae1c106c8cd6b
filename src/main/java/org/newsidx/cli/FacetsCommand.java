package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsidx.index.IndexSchema;
import org.newsidx.search.FacetValue;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.PassageSearcher;
import org.newsidx.search.QuerySyntaxException;
import org.newsidx.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsidx facets}: the top values of one dimension, over everything or over a query's result. */
@Command(name = "facets", mixinStandardHelpOptions = true,
        description = "Top values of a facet dimension (person, org, place, source, published, mentioned, speaker), counted in articles.")
final class FacetsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "Values to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(index = "0", paramLabel = "DIM", description = "The dimension.")
    String dim;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "QUERY", description = "Count over this query's result only.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!IndexSchema.ALL_DIMS.contains(dim)) {
            throw new UserError("unknown dimension '" + dim + "' (dimensions: " + String.join(", ", IndexSchema.ALL_DIMS) + ")");
        }
        if (limit < 1) {
            throw new UserError("--limit " + limit + ": must be 1 or more");
        }
        try (IndexSnapshot index = common.openIndex()) {
            SearchResult r;
            try {
                // a dimension's values and how many articles each: all of them, counted exactly
                r = new PassageSearcher(index).search(
                        filters.request(String.join(" ", words), 0, 0, limit).withExactCounts());
            } catch (QuerySyntaxException e) {
                throw new UserError(e.getMessage(), ErrorReporter.USAGE, e);
            }
            List<FacetValue> values = r.facets().getOrDefault(dim, List.of());
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("dimension", dim);
                m.put("totalArticles", r.totalArticles());
                m.put("values", JsonViews.facets(Map.of(dim, values)).get(dim));
                m.put("sampled", r.sampled(dim));
                JsonOutput.println(out, m);
            } else {
                Terminal.Styles st = Terminal.colours(spec);
                out.println(st.bold(dim) + st.dim("  (" + Counted.of(r.totalArticles(), "article", "articles")
                        + (r.sampled(dim) ? "; counts estimated from a sample of them" : "") + ")"));
                for (FacetValue v : values) {
                    out.printf("  %6d  %s%n", v.count(), v.value());
                }
                out.flush();
            }
            return values.isEmpty() ? 1 : 0;
        }
    }
}
