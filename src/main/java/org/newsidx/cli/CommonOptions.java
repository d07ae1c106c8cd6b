package org.newsidx.cli;

import java.nio.file.Path;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.IndexUnavailableException;
import picocli.CommandLine.Option;

/** Options every command that reads an index takes. */
final class CommonOptions {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--json", description = "Print JSON for programs instead of text for people.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    IndexSnapshot openIndex() {
        try {
            return Invocation.current().indexes().open(index);
        } catch (IndexUnavailableException e) {
            throw new UserError(e.getMessage(), ErrorReporter.USAGE, e);
        }
    }
}
