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
