package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The picocli-free parse of {@code search} sets what picocli sets, and leaves everything else to picocli. */
class QuickSearchTest {

    private static SearchCommand picocli(String... args) {
        SearchCommand c = new SearchCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    private static String describe(SearchCommand c) {
        return String.join(" | ", "index=" + c.common.index, "json=" + c.common.json, "v=" + c.common.verbose,
                "quotes=" + c.quotes, "exactCounts=" + c.exactCounts, "limit=" + c.limit, "offset=" + c.offset, "facets=" + c.facetTop,
                "perArticle=" + c.perArticle, "words=" + c.words, "person=" + c.filters.persons,
                "org=" + c.filters.orgs, "place=" + c.filters.places, "source=" + c.filters.sources,
                "speaker=" + c.filters.speakers, "from=" + c.filters.from, "to=" + c.filters.to,
                "mentions=" + c.filters.mentions);
    }

    private static SearchCommand quick(String... args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "search";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return QuickSearch.parse(withCommand, 1);
    }

    @Test
    void setsWhatPicocliSets() {
        List<String[]> lines = List.of(
                new String[] {},
                new String[] {"oil", "prices"},
                new String[] {"--json", "--limit", "10", "--", "oil prices"},
                new String[] {"--index", "/tmp/x", "--json", "-n", "5", "--offset=10", "--facets", "0", "--per-article=0", "q"},
                new String[] {"--place", "Brazil", "--place=USA", "--org", "General Motors", "--person", "Macron",
                    "--source", "Reuters", "--speaker", "Biden", "cocoa", "exports"},
                new String[] {"--from", "1987-03", "--to=1987-04", "--mentions", "2019", "--mentions", "2020-1", "x"},
                new String[] {"-v", "--quotes", "returns", "--json", "agreement"},
                new String[] {"--exact-counts", "--json", "oil"},
                new String[] {"--json", "--", "--not-an-option", "-x"},
                new String[] {"--verbose", "title:word AND \"a phrase\""});
        for (String[] line : lines) {
            SearchCommand q = quick(line);
            assertNotNull(q, Arrays.toString(line));
            assertEquals(describe(picocli(line)), describe(q), Arrays.toString(line));
            assertEquals(picocli(line).request(), q.request(), Arrays.toString(line));
        }
    }

    @Test
    void leavesTheRestToPicocli() {
        for (String[] line : List.of(
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"-V"}, new String[] {"--version"},
                new String[] {"--limit"}, new String[] {"--limit", "-1"}, new String[] {"--limit", "ten"},
                new String[] {"--limit", "1", "--limit", "2"}, new String[] {"-n5"}, new String[] {"--json=true"},
                new String[] {"--json", "--json"}, new String[] {"--bogus", "x"}, new String[] {"-x"},
                new String[] {"@args.txt"}, new String[] {"--index", "--json"}, new String[] {"--limit", "+3"},
                new String[] {"--from"}, new String[] {"-vn", "3"}, new String[] {"-"})) {
            assertNull(quick(line), Arrays.toString(line));
        }
    }

    @Test
    void runsLikeThePicocliCommand(@TempDir Path tmp) {
        String index = tmp.resolve("index").toString();
        assertEquals(0, CliRunner.run("index", "-q", "--index", index, "samples").code());
        for (String[] line : List.of(
                new String[] {"--index", index, "--json", "returns", "agreement"},
                new String[] {"--index", index, "--json", "--place", "France", "--limit", "3", "migration"},
                new String[] {"--index", index, "returns", "agreement"},
                new String[] {"--index", index, "--json", "--", "zzzzunknownword"},
                new String[] {"--index", index, "--json", "bad AND"},
                new String[] {"--index", index, "--from", "2022", "--to", "2021", "x"},
                new String[] {"--index", tmp.resolve("none").toString(), "x"})) {
            String[] args = new String[line.length + 1];
            args[0] = "search";
            System.arraycopy(line, 0, args, 1, line.length);
            CliRunner.Result expected = CliRunner.run(args);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = QuickSearch.run(quick(line), new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(expected.code(), code, Arrays.toString(line));
            assertEquals(expected.out(), out.toString(), Arrays.toString(line));
            assertEquals(expected.err(), err.toString(), Arrays.toString(line));
        }
    }
}
