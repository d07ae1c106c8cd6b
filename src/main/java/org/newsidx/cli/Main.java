package org.newsidx.cli;

import java.io.PrintWriter;
import org.newsidx.search.SearchClassWarmup;
import org.newsidx.util.Trace;

/** Entry point of the {@code newsidx} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Trace.mark("main");
        useFixedLocale();
        int code = run(args);
        Trace.mark("exit");
        System.exit(code);
    }

    /** Runs one command line and returns its exit code (0 results, 1 no results, 2 usage or query error). */
    public static int run(String... args) {
        if (args.length > 0 && (args[0].equals("search") || args[0].equals("quotes") || args[0].equals("facets"))) {
            SearchClassWarmup.begin();
        }
        return run(args, utf8(System.out), utf8(System.err));
    }

    /**
     * The same output and the same index whatever the user's locale: numbers in the English of the
     * messages ("1,234 passages", "score 3.96", not "1.234" or "3,96"), and no case mapping that
     * depends on the language (the Turkish dotless i). The search server does the same, so that its
     * answers match a run of their own.
     */
    static void useFixedLocale() {
        java.util.Locale.setDefault(java.util.Locale.ROOT);
    }

    /**
     * A writer of UTF-8 on a standard stream, whatever the locale: JSON is UTF-8 by definition (RFC 8259),
     * and under a C or unset locale Java would print every non-ASCII letter as '?'.
     */
    static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && args[0].equals("search")) {
            // the common case of a script's search, without picocli's start-up (see QuickSearch)
            SearchCommand quick = QuickSearch.parse(args, 1);
            if (quick != null) {
                return QuickSearch.run(quick, out, err);
            }
        }
        return NewsidxCommand.commandLine(args, out, err).execute(args);
    }
}
