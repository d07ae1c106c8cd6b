package org.newsidx.cli;

import java.io.PrintWriter;
import org.newsidx.analysis.AnalyzedArticle;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Quotation;

/** Renders an analysed article for people. */
final class AnalysisPrinter {

    private AnalysisPrinter() {
    }

    static void print(PrintWriter out, AnalyzedArticle a, Terminal.Styles st) {
        var article = a.article();
        out.println(st.title(article.title() == null ? article.path() : article.title()));
        out.println(st.dim(article.path() + "  ·  " + (article.published() == null ? "undated" : article.published())
                + (article.source() == null ? "" : "  ·  " + article.source())
                + "  ·  " + a.passages().size() + " passages"));
        if (!a.entities().isEmpty()) {
            out.println(st.bold("Entities"));
            for (EntityMention e : a.entities()) {
                String canon = e.canonical().equals(e.text()) ? "" : " → " + e.canonical();
                out.printf("  %-7s %s%s%n", e.type(), e.text(), canon);
            }
        }
        if (!a.dates().isEmpty()) {
            out.println(st.bold("Dates"));
            for (DateMention d : a.dates()) {
                out.printf("  %-12s %s%n", d.value() == null ? "?" : d.value(), d.text());
            }
        }
        if (!a.quotes().isEmpty()) {
            out.println(st.bold("Quotes"));
            for (Quotation q : a.quotes()) {
                out.printf("  %s%s%n", q.speaker() == null ? "(unattributed)" : st.accent(q.speaker()),
                        q.cue() == null ? "" : " " + q.cue() + ":");
                out.println("    " + q.text());
            }
        }
        out.println();
    }
}
