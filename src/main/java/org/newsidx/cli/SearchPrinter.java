package org.newsidx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsidx.search.FacetValue;
import org.newsidx.search.PassageHit;
import org.newsidx.search.QuoteFinder;
import org.newsidx.search.SearchRequest;
import org.newsidx.search.SearchResult;

/** Search results for people: ranked passages with highlights, then the facets to narrow down by. */
final class SearchPrinter {

    private SearchPrinter() {
    }

    static void print(PrintWriter out, SearchResult r, SearchRequest request,
                      Map<String, List<QuoteFinder.PassageQuote>> quotes, Terminal.Styles st) {
        String what = r.query().isBlank() ? "all articles" : "\"" + r.query() + "\"";
        out.println(st.bold(Counted.of(r.totalPassages(), "passage", "passages") + " in "
                + Counted.of(r.totalArticles(), "article", "articles") + " for " + what) + filterLine(r, request));
        out.println();
        int rank = request.offset();
        for (PassageHit h : r.hits()) {
            rank++;
            String title = h.title() == null ? h.path() : h.title();
            out.printf("%3d. %s%n", rank, st.title(title));
            out.println("     " + st.dim(String.join("  ·  ",
                    h.published() == null ? "undated" : h.published(),
                    h.source() == null ? "unknown source" : h.source(),
                    h.path(), h.passageId(), String.format("score %.2f", h.score()))));
            out.println(indent(highlight(h.highlight(), st)));
            for (QuoteFinder.PassageQuote pq : quotes.getOrDefault(h.passageId(), List.of())) {
                var q = pq.quote();
                out.println("       " + st.accent("❝ " + (q.speaker() == null ? "unattributed" : q.speaker())
                        + (q.cue() == null ? "" : " (" + q.cue() + ")")) + " " + q.text());
            }
            out.println();
        }
        if (r.hits().isEmpty()) {
            out.println("No passages match. Try fewer words, OR between them, or fewer filters.");
            out.println();
        }
        printFacets(out, r.facets(), r.estimatedDimensions(), st);
        out.flush();
    }

    /** The facets, saying which of the dimensions shown have estimated counts ({@code estimatedDims}). */
    static void printFacets(PrintWriter out, Map<String, List<FacetValue>> facets, List<String> estimatedDims,
                            Terminal.Styles st) {
        boolean any = facets.values().stream().anyMatch(l -> !l.isEmpty());
        if (!any) {
            return;
        }
        List<String> estimated = estimatedDims.stream().filter(d -> !facets.get(d).isEmpty()).toList();
        long shown = facets.values().stream().filter(l -> !l.isEmpty()).count();
        out.println(st.bold("Narrow down") + st.dim(estimated.isEmpty() ? "  (articles per value)"
                : estimated.size() == shown ? "  (articles per value, estimated from a sample of the matching articles)"
                : "  (articles per value; " + String.join(", ", estimated)
                        + " estimated from a sample of the matching articles)"));
        facets.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                out.printf("  %-10s %s%n", dim, values.stream()
                        .map(v -> v.value() + st.dim(" (" + v.count() + ")"))
                        .collect(Collectors.joining(" · ")));
            }
        });
    }

    private static String filterLine(SearchResult r, SearchRequest request) {
        StringBuilder sb = new StringBuilder();
        r.resolvedFilters().forEach((dim, values) -> sb.append("  ").append(dim).append('=')
                .append(String.join("|", values)));
        if (request.from() != null || request.to() != null) {
            sb.append("  published ").append(request.from() == null ? "…" : request.from()).append("..")
                    .append(request.to() == null ? "…" : request.to());
        }
        if (!request.mentions().isEmpty()) {
            sb.append("  mentions=").append(String.join("|", request.mentions()));
        }
        return sb.toString();
    }

    private static String highlight(String html, Terminal.Styles st) {
        return html.replace("<b>", st.startBold()).replace("</b>", st.endBold());
    }

    private static String indent(String text) {
        return "     " + text.replace("\n", "\n     ");
    }
}
