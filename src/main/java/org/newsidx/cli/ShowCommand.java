package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Quotation;
import org.newsidx.search.ArticleLookup;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.StoredArticle;
import org.newsidx.search.StoredPassage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsidx show}: one article or passage with its metadata and what the analysis found in it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an article (ID) or a passage (ID#N) with its metadata, entities, dates and quotes.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", description = "An article id, or a passage id as printed by search (abc123#4).")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (IndexSnapshot index = common.openIndex()) {
            ArticleLookup lookup = new ArticleLookup(index);
            Optional<StoredPassage> passage = ArticleLookup.isPassageId(id) ? lookup.passage(id) : Optional.empty();
            String articleId = passage.map(StoredPassage::articleId).orElse(id);
            Optional<StoredArticle> article = lookup.article(articleId);
            if (article.isEmpty() || (ArticleLookup.isPassageId(id) && passage.isEmpty())) {
                spec.commandLine().getErr().println("newsidx: no " + (ArticleLookup.isPassageId(id) ? "passage" : "article")
                        + " with id " + id + " in " + common.index);
                return 1;
            }
            StoredArticle a = article.get();
            int start = passage.map(StoredPassage::start).orElse(0);
            int end = passage.map(StoredPassage::end).orElse(a.text() == null ? 0 : a.text().length());
            List<EntityMention> entities = a.entities().stream().filter(e -> e.start() < end && e.end() > start).toList();
            List<DateMention> dates = a.dates().stream().filter(d -> d.start() < end && d.end() > start).toList();
            List<Quotation> quotes = a.quotes().stream().filter(q -> q.start() < end && q.end() > start).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", id);
                m.put("articleId", a.id());
                m.put("passageId", passage.map(StoredPassage::id).orElse(null));
                m.put("path", a.path());
                m.put("title", a.title());
                m.put("published", a.published());
                m.put("source", a.source());
                m.put("url", a.url());
                m.put("authors", a.authors());
                m.put("start", start);
                m.put("end", end);
                m.put("text", passage.map(StoredPassage::text).orElse(a.text()));
                m.put("passages", a.passages());
                m.put("entities", entities.stream().map(JsonViews::entity).toList());
                m.put("dates", dates.stream().map(JsonViews::date).toList());
                m.put("quotes", quotes.stream().map(JsonViews::quote).toList());
                JsonOutput.println(out, m);
            } else {
                ShowPrinter.print(out, a, passage.orElse(null), entities, dates, quotes, Terminal.colours(spec));
            }
            return 0;
        }
    }
}
