package org.newsidx.cli;

/** Entry point of the {@code newsidx} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (0 results, 1 no results, 2 usage or query error). */
    public static int run(String... args) {
        return NewsidxCommand.commandLine().execute(args);
    }
}
