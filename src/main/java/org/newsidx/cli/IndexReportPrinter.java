package org.newsidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsidx.index.IndexRunCounters;

/** The counters of an index run, for people. */
final class IndexReportPrinter {

    private IndexReportPrinter() {
    }

    static void print(PrintWriter out, IndexRunCounters c, double seconds, Path index, Terminal.Styles st) {
        out.println(st.bold("Indexed into " + index) + st.dim(String.format("  (%.1f s)", seconds)));
        out.printf("  files      %,d seen, %,d unchanged, %,d skipped%n",
                c.filesSeen.sum(), c.filesUnchanged.sum(), c.filesSkipped.sum());
        out.printf("  articles   %,d added, %,d updated, %,d unchanged, %,d removed%n",
                c.articlesAdded.sum(), c.articlesUpdated.sum(), c.articlesUnchanged.sum(), c.articlesRemoved.sum());
        out.printf("  passages   %,d indexed%n", c.passages.sum());
        if (c.partsSkipped.sum() > 0) {
            out.printf("  %,d broken parts of files skipped (see the messages above)%n", c.partsSkipped.sum());
        }
        c.skipReasons().forEach((reason, n) -> out.printf("  skipped    %,d: %s%n", n, reason));
        out.flush();
    }
}
