package org.newsidx.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code newsidx search} without picocli, for the plain argument lines that scripts send: picocli
 * reads the annotations of every option through reflection, which is a good part of a one-off
 * search's time. Every argument must be one this parser knows for sure ({@code --name value},
 * {@code --name=value}, flags, {@code --}, words); anything else (help, version, a missing or odd
 * value, an option given twice, an {@code @file}) returns null, and picocli parses the line as
 * always, with its messages. The fields set are the ones picocli sets, so the command runs the same.
 */
final class QuickSearch {

    private QuickSearch() {
    }

    /** The search command for {@code args} (without the leading "search"), or null to let picocli parse them. */
    static SearchCommand parse(String[] args, int from) {
        SearchCommand c = new SearchCommand();
        c.common = new CommonOptions();
        c.common.index = Path.of("index");
        c.filters = new FilterOptions();
        Set<String> seen = new HashSet<>();
        boolean positionalOnly = false;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (positionalOnly || (!a.startsWith("-") && !a.startsWith("@"))) {
                c.words.add(a);
                continue;
            }
            if (a.startsWith("@")) {
                return null; // picocli reads @files
            }
            if (a.equals("--")) {
                positionalOnly = true;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--json", "--quotes", "--exact-counts", "-v", "--verbose" -> {
                    if (value != null || !seen.add(name.equals("-v") ? "--verbose" : name)) {
                        return null;
                    }
                    switch (name) {
                        case "--json" -> c.common.json = true;
                        case "--quotes" -> c.quotes = true;
                        case "--exact-counts" -> c.exactCounts = true;
                        default -> c.common.verbose = true;
                    }
                    continue;
                }
                default -> {
                    // options with a value
                }
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            switch (name) {
                case "--person" -> c.filters.persons.add(value);
                case "--org" -> c.filters.orgs.add(value);
                case "--place" -> c.filters.places.add(value);
                case "--source" -> c.filters.sources.add(value);
                case "--speaker" -> c.filters.speakers.add(value);
                case "--mentions" -> c.filters.mentions.add(value);
                default -> {
                    String key = name.equals("-n") ? "--limit" : name;
                    if (!seen.add(key) || !single(c, key, value)) {
                        return null;
                    }
                }
            }
        }
        return c;
    }

    /** Sets a single-valued option; false when the option or its value is not one to be sure of. */
    private static boolean single(SearchCommand c, String name, String value) {
        switch (name) {
            case "--index" -> {
                try {
                    c.common.index = Path.of(value);
                } catch (InvalidPathException e) {
                    return false;
                }
                return true;
            }
            case "--from" -> c.filters.from = value;
            case "--to" -> c.filters.to = value;
            case "--limit", "--offset", "--facets", "--per-article" -> {
                if (value.isEmpty() || value.length() > 9) {
                    return false;
                }
                for (int k = 0; k < value.length(); k++) {
                    if (value.charAt(k) < '0' || value.charAt(k) > '9') {
                        return false;
                    }
                }
                int n = Integer.parseInt(value);
                switch (name) {
                    case "--limit" -> c.limit = n;
                    case "--offset" -> c.offset = n;
                    case "--facets" -> c.facetTop = n;
                    default -> c.perArticle = n;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Runs a parsed search as picocli would: exit code from the command, errors reported alike. */
    static int run(SearchCommand c, PrintWriter out, PrintWriter err) {
        c.out = out;
        try {
            return c.call();
        } catch (Exception e) {
            return ErrorReporter.report(e, c.common.verbose, err);
        }
    }
}
