package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsidx.index.IndexLayout;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.IndexStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsidx stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Articles, passages, size and last update of the index.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (IndexSnapshot index = common.openIndex()) {
            // the folder as the user named it (a search server opens it under its absolute path)
            IndexStatistics s = IndexStatistics.of(index, common.index);
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                JsonOutput.println(out, s);
            } else {
                Terminal.Styles st = Terminal.colours(spec);
                out.println(st.bold("Index " + s.index()));
                out.printf("  articles     %,d%n  passages     %,d%n  size         %.1f MB%n  last update  %s%n",
                        s.articles(), s.passages(), s.sizeBytes() / 1e6, s.lastUpdate() == null ? "unknown" : s.lastUpdate());
                out.printf("  layout       %s%s%n", s.layout(), s.layout().equals(IndexLayout.CURRENT.name()) ? ""
                        : " (written by an earlier newsidx; 'newsidx index --rebuild' makes searches faster)");
                out.flush();
            }
            return 0;
        }
    }
}
