package org.newsidx.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsidx.cli.SearchArguments;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.PassageSearcher;
import org.newsidx.search.SearchRequest;

/**
 * Warm in-process search latency: the fixed query set (one {@code newsidx search} argument line
 * each) run round-robin on an open index, after a warm-up that lasts until the JIT compilers have
 * settled; prints p50, p90, p99 and max.
 *
 * <pre>java -cp target/newsidx.jar org.newsidx.bench.QueryLatencyBenchmark INDEX [QUERIES_FILE] [RUNS]</pre>
 */
public final class QueryLatencyBenchmark {

    private QueryLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: QueryLatencyBenchmark INDEX [QUERIES_FILE (bench/queries.txt)] [RUNS (1000)]");
            System.exit(2);
        }
        Path index = Path.of(args[0]);
        Path queriesFile = Path.of(args.length > 1 ? args[1] : "bench/queries.txt");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<SearchRequest> requests = readQueries(queriesFile);
        try (IndexSnapshot snapshot = IndexSnapshot.open(index)) {
            PassageSearcher searcher = new PassageSearcher(snapshot);
            warmUp(searcher, requests);
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                searcher.search(requests.get(i % requests.size()));
                nanos[i] = System.nanoTime() - t0;
            }
            if (Boolean.getBoolean("perQuery")) {
                printPerQuery(requests, nanos);
            }
            Arrays.sort(nanos);
            System.out.printf("queries %d  runs %d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                    requests.size(), runs, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[runs - 1] / 1e6);
        }
    }

    /** Searches per warm-up round. */
    private static final int ROUND = 500;
    /** Warm-up ends after a round in which the JIT compilers worked less than this share of the round's time. */
    private static final double SETTLED = 0.01;
    private static final long MAX_WARMUP_NANOS = 120_000_000_000L;

    /**
     * Runs the queries round after round until the JIT compilers have settled: a round of searches
     * in which they worked less than 1% of its time (or two minutes in all). A fixed few hundred
     * searches is not enough: on Reuters x9 the C2 compiler was still busy on the second core for
     * thousands of searches, and the figures measured it as much as the search.
     */
    private static void warmUp(PassageSearcher searcher, List<SearchRequest> requests) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        int searches = 0;
        while (true) {
            long compiling = jit.getTotalCompilationTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < ROUND; i++, searches++) {
                searcher.search(requests.get(searches % requests.size()));
            }
            long roundMillis = (System.nanoTime() - t0) / 1_000_000;
            long compiledMillis = jit.getTotalCompilationTime() - compiling;
            boolean settled = compiledMillis < SETTLED * roundMillis;
            if (settled || System.nanoTime() - start > MAX_WARMUP_NANOS) {
                System.out.printf("warm-up: %,d searches in %.1f s (last round: %d ms compiling in %d ms)%s%n",
                        searches, (System.nanoTime() - start) / 1e9, compiledMillis, roundMillis,
                        settled ? "" : ", JIT not settled");
                return;
            }
        }
    }

    /** Each query's median time (with -DperQuery=true): which queries the percentiles come from. */
    private static void printPerQuery(List<SearchRequest> requests, long[] nanos) {
        for (int q = 0; q < requests.size(); q++) {
            List<Long> own = new ArrayList<>();
            for (int i = q; i < nanos.length; i += requests.size()) {
                own.add(nanos[i]);
            }
            own.sort(null);
            System.out.printf("%8.2f ms  %s%n", own.get(own.size() / 2) / 1e6, requests.get(q).query());
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** One request per line: the query as one argument, then optionally "||" and search options. */
    static List<SearchRequest> readQueries(Path file) throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|\\|", 2);
            List<String> args = new ArrayList<>(List.of("--json"));
            if (parts.length > 1) {
                Matcher m = OPTION_WORD.matcher(parts[1]);
                while (m.find()) {
                    args.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
            args.add("--");
            args.add(parts[0].strip());
            out.add(SearchArguments.parse(args.toArray(String[]::new)));
        }
        return out;
    }

    /** A word of the options part: "a quoted value" or a bare word. */
    private static final Pattern OPTION_WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");
}
