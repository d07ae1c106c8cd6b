package org.newsidx.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsidx.analysis.AnalyzedArticle;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Quotation;

/** Renders an analysed article for people: each entity once with the ways the text names it. */
final class AnalysisPrinter {

    private AnalysisPrinter() {
    }

    static void print(PrintWriter out, AnalyzedArticle a, Terminal.Styles st) {
        var article = a.article();
        out.println(st.title(article.title() == null ? article.path() : article.title()));
        out.println(st.dim(article.path() + "  ·  " + (article.published() == null ? "undated" : article.published())
                + (article.source() == null ? "" : "  ·  " + article.source())
                + "  ·  " + a.passages().size() + " passages"));
        Map<String, Map<String, Integer>> entities = new LinkedHashMap<>();
        for (EntityMention e : a.entities()) {
            entities.computeIfAbsent(e.type() + "\t" + e.canonical(), k -> new LinkedHashMap<>())
                    .merge(e.text(), 1, Integer::sum);
        }
        if (!entities.isEmpty()) {
            out.println(st.bold("Entities") + st.dim("  (as the text names them, × mentions)"));
            entities.forEach((key, mentions) -> {
                String[] typeAndName = key.split("\t", 2);
                out.printf("  %-7s %s  %s%n", typeAndName[0], typeAndName[1], st.dim(mentions.entrySet().stream()
                        .map(m -> m.getKey() + (m.getValue() > 1 ? " ×" + m.getValue() : ""))
                        .collect(Collectors.joining(", "))));
            });
        }
        if (!a.dates().isEmpty()) {
            out.println(st.bold("Dates"));
            for (DateMention d : a.dates()) {
                out.printf("  %-10s %s%n", d.value() == null ? "?" : d.value(), d.text());
            }
        }
        if (!a.quotes().isEmpty()) {
            out.println(st.bold("Quotes"));
            for (Quotation q : a.quotes()) {
                out.printf("  %s%s%s%n", q.speaker() == null ? "(unattributed)" : st.accent(q.speaker()),
                        q.cue() == null ? "" : st.dim(" (" + q.cue() + ")"), q.partial() ? st.dim(" partial") : "");
                out.println("    " + q.text().replace("\n", "\n    "));
            }
        }
        out.println();
    }
}
