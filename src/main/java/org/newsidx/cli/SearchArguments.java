package org.newsidx.cli;

import org.newsidx.search.SearchRequest;
import picocli.CommandLine;

/** Turns {@code newsidx search} arguments into the request the command would run (for benchmarks). */
public final class SearchArguments {

    private SearchArguments() {
    }

    public static SearchRequest parse(String... args) {
        SearchCommand command = new SearchCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }
}
