package org.newsidx.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Quotation;
import org.newsidx.search.StoredArticle;
import org.newsidx.search.StoredPassage;

/** An article or passage for people. */
final class ShowPrinter {

    private ShowPrinter() {
    }

    static void print(PrintWriter out, StoredArticle a, StoredPassage p, List<EntityMention> entities,
                      List<DateMention> dates, List<Quotation> quotes, Terminal.Styles st) {
        out.println(st.title(a.title() == null ? a.path() : a.title()));
        out.println(st.dim(String.join("  ·  ", a.published() == null ? "undated" : a.published(),
                a.source() == null ? "unknown source" : a.source(), a.path(),
                p == null ? a.id() + " (" + a.passages() + " passages)" : p.id() + " (passage " + p.n() + " of " + a.passages() + ")")));
        if (a.url() != null) {
            out.println(st.dim(a.url()));
        }
        out.println();
        out.println(p == null ? a.text() : p.text());
        out.println();
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (EntityMention e : entities) {
            byType.computeIfAbsent(e.type().dimension(), k -> new LinkedHashSet<>()).add(e.canonical());
        }
        byType.forEach((dim, names) -> out.printf("  %-10s %s%n", dim, String.join(" · ", names)));
        if (!dates.isEmpty()) {
            Set<String> shown = new LinkedHashSet<>();
            dates.forEach(d -> shown.add(d.text() + " → " + (d.value() == null ? "? (undated article)" : d.value())));
            out.printf("  %-10s %s%n", "dates", String.join(" · ", shown));
        }
        for (Quotation q : quotes) {
            out.println("  " + st.accent("❝ " + (q.speaker() == null ? "unattributed" : q.speaker())) + " " + q.text());
        }
        out.flush();
    }
}
