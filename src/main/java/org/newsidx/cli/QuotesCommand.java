package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsidx.search.ArticleLookup;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsidx quotes}: the quotations behind a passage: who said what, in which words. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "The direct quotations behind a passage (those in it, or starting or ending in it), with their speakers.")
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PASSAGE_ID", description = "A passage id as printed by search (abc123#4).")
    String passageId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (IndexSnapshot index = common.openIndex()) {
            Optional<List<QuoteFinder.PassageQuote>> quotes = new QuoteFinder(new ArticleLookup(index)).quotesOf(passageId);
            if (quotes.isEmpty()) {
                throw new UserError("no passage with id " + passageId + " in " + common.index
                        + " (passage ids look like 3f2a9c0d1e2b4a5c#4; see 'newsidx search')");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                JsonOutput.println(out, quotes.get().stream().map(JsonViews::passageQuote).toList());
            } else {
                Terminal.Styles st = Terminal.colours(spec);
                if (quotes.get().isEmpty()) {
                    out.println("No quotations in passage " + passageId + ".");
                }
                for (QuoteFinder.PassageQuote pq : quotes.get()) {
                    var q = pq.quote();
                    out.println(st.accent(q.speaker() == null ? "unattributed" : q.speaker())
                            + (q.cue() == null ? "" : st.dim(" (" + q.cue() + ")")) + (q.partial() ? st.dim(" partial") : ""));
                    out.println("  " + q.text());
                }
                out.flush();
            }
            return quotes.get().isEmpty() ? 1 : 0;
        }
    }
}
