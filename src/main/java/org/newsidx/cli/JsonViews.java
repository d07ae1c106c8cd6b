package org.newsidx.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsidx.analysis.AnalyzedArticle;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Passage;
import org.newsidx.analysis.Quotation;
import org.newsidx.ingest.Article;
import org.newsidx.search.FacetValue;
import org.newsidx.search.PassageHit;
import org.newsidx.search.QuoteFinder;
import org.newsidx.search.SearchResult;

/** The JSON shapes of CONTRACT.md, built from the pipeline's records. */
final class JsonViews {

    private JsonViews() {
    }

    static Map<String, Object> analysis(AnalyzedArticle a) {
        Article article = a.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", article.path());
        m.put("id", article.id());
        m.put("title", article.title());
        m.put("published", article.published() == null ? null : article.published().toString());
        m.put("source", article.source());
        m.put("url", article.url());
        m.put("authors", article.authors());
        m.put("text", article.text());
        List<Map<String, Object>> passages = new ArrayList<>();
        for (Passage p : a.passages()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("start", p.start());
            pm.put("end", p.end());
            passages.add(pm);
        }
        m.put("passages", passages);
        m.put("entities", a.entities().stream().map(JsonViews::entity).toList());
        m.put("dates", a.dates().stream().map(JsonViews::date).toList());
        m.put("quotes", a.quotes().stream().map(JsonViews::quote).toList());
        return m;
    }

    static Map<String, Object> entity(EntityMention e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", e.start());
        m.put("end", e.end());
        m.put("text", e.text());
        m.put("type", e.type().name());
        m.put("canonical", e.canonical());
        return m;
    }

    static Map<String, Object> date(DateMention d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", d.start());
        m.put("end", d.end());
        m.put("text", d.text());
        m.put("value", d.value());
        return m;
    }

    static Map<String, Object> quote(Quotation q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", q.start());
        m.put("end", q.end());
        m.put("text", q.text());
        m.put("speaker", q.speaker());
        m.put("speakerStart", q.speakerStart());
        m.put("speakerEnd", q.speakerEnd());
        m.put("cue", q.cue());
        m.put("partial", q.partial());
        return m;
    }

    static Map<String, Object> search(SearchResult r, Map<String, List<QuoteFinder.PassageQuote>> quotes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("totalPassages", r.totalPassages());
        m.put("totalArticles", r.totalArticles());
        m.put("filters", r.resolvedFilters());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (PassageHit h : r.hits()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("passageId", h.passageId());
            hm.put("articleId", h.articleId());
            hm.put("path", h.path());
            hm.put("title", h.title());
            hm.put("published", h.published());
            hm.put("source", h.source());
            hm.put("score", h.score());
            hm.put("start", h.start());
            hm.put("end", h.end());
            hm.put("text", h.text());
            hm.put("highlight", h.highlight());
            if (quotes != null) {
                hm.put("quotes", quotes.getOrDefault(h.passageId(), List.of()).stream()
                        .map(JsonViews::passageQuote).toList());
            }
            hits.add(hm);
        }
        m.put("hits", hits);
        putFacets(m, r);
        return m;
    }

    /**
     * The facets of a result, whether some of their counts are estimates from an even sample of the
     * matching articles (many of them), and which.
     */
    static void putFacets(Map<String, Object> m, SearchResult r) {
        m.put("facets", facets(r.facets()));
        m.put("facetsSampled", r.facetsSampled());
        if (r.facetsSampled()) {
            m.put("estimatedFacets", r.estimatedDimensions());
        }
    }

    static Map<String, Object> facets(Map<String, List<FacetValue>> facets) {
        Map<String, Object> m = new LinkedHashMap<>();
        facets.forEach((dim, values) -> m.put(dim, values.stream().map(v -> {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("value", v.value());
            vm.put("count", v.count());
            return vm;
        }).toList()));
        return m;
    }

    static Map<String, Object> passageQuote(QuoteFinder.PassageQuote pq) {
        Map<String, Object> m = quote(pq.quote());
        m.put("passageId", pq.passageId());
        m.put("articleId", pq.articleId());
        return m;
    }

    /** An error object in place of an article, so that JSON Lines output keeps one line per input. */
    static Map<String, Object> failedAnalysis(String path, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("error", reason);
        m.put("title", null);
        m.put("published", null);
        m.put("source", null);
        m.put("text", "");
        m.put("passages", List.of());
        m.put("entities", List.of());
        m.put("dates", List.of());
        m.put("quotes", List.of());
        return m;
    }
}
