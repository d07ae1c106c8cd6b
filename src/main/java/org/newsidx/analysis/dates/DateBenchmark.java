package org.newsidx.analysis.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsidx.bench.TimedPasses;
import org.newsidx.ingest.PublicationDateParser;

/**
 * Measures the date extractor on one thread over the Reuters (news-please JSON, with their publication dates)
 * and BBC (plain text, undated) corpora: texts per second and per CPU-second of the thread.
 *
 * <pre>java -cp target/newsidx.jar org.newsidx.analysis.dates.DateBenchmark
 *     [--reuters ../shared/data/corpora/reuters-newsplease] [--bbc ../shared/data/corpora/bbc-news/data/bbc]
 *     [--seconds 10] [--dump FILE | --compare FILE]</pre>
 *
 * {@code --dump FILE} instead writes every date found in every text to FILE, each text run with its own
 * publication date, with none, and (BBC) with a fixed one, so that two builds can be compared with diff. Only
 * the public API is used: put an older jar first on the class path to measure or dump the older extractor
 * with this same class ({@code -cp old.jar:target/newsidx.jar}). {@code --compare FILE} makes the same listing
 * and reports how many lines differ from FILE (a dump of another build), showing the first few.
 */
public final class DateBenchmark {

    private record Text(String name, String text, LocalDate anchor) {
    }

    public static void main(String[] args) throws IOException {
        Path reuters = Path.of("../shared/data/corpora/reuters-newsplease");
        Path bbc = Path.of("../shared/data/corpora/bbc-news/data/bbc");
        double seconds = 10;
        Path dump = null;
        Path compare = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reuters" -> reuters = Path.of(args[++i]);
                case "--bbc" -> bbc = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--compare" -> compare = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Text> texts = new ArrayList<>();
        readReuters(reuters, texts);
        int reutersCount = texts.size();
        readBbc(bbc, texts);
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        System.out.printf("corpus: %d Reuters + %d BBC texts, %,d chars%n", reutersCount, texts.size() - reutersCount,
                chars);
        DateExpressionFinder finder = new DateExpressionFinder();
        if (dump != null) {
            Files.write(dump, listing(finder, texts), StandardCharsets.UTF_8);
            System.out.printf("dump: written to %s%n", dump);
            return;
        }
        if (compare != null) {
            compare(listing(finder, texts), Files.readAllLines(compare, StandardCharsets.UTF_8), compare);
            return;
        }
        TimedPasses run = TimedPasses.run(seconds, texts.size(), () -> {
            long found = 0;
            for (Text t : texts) {
                found += finder.find(t.text(), t.anchor()).size();
            }
            return found;
        });
        System.out.printf("throughput: %,.0f texts/s on one thread (%d passes, %.1f s, %d dates)%n",
                run.perSecond(), run.passes(), run.seconds(), run.results());
        System.out.printf("cpu: %,.0f texts per cpu-second of this thread (%.1f s cpu)%n", run.perCpuSecond(),
                run.cpuSeconds());
    }

    /** Every date found in every text, one a line: text, anchor, start, end, expression, value. */
    private static List<String> listing(DateExpressionFinder finder, List<Text> texts) {
        LocalDate fixed = LocalDate.of(2005, 3, 15);
        List<String> lines = new ArrayList<>();
        for (Text t : texts) {
            List<LocalDate> anchors = new ArrayList<>();
            anchors.add(t.anchor());
            anchors.add(t.anchor() != null ? null : fixed);
            for (LocalDate anchor : anchors) {
                for (DateExpressionFinder.Found f : finder.find(t.text(), anchor)) {
                    lines.add(t.name() + "\t" + anchor + "\t" + f.start() + "\t" + f.end() + "\t"
                            + t.text().substring(f.start(), f.end()).replace('\n', ' ') + "\t" + f.value());
                }
            }
        }
        System.out.printf("listing: %d dates%n", lines.size());
        return lines;
    }

    private static void compare(List<String> now, List<String> before, Path file) {
        java.util.Set<String> old = new java.util.HashSet<>(before);
        java.util.Set<String> current = new java.util.HashSet<>(now);
        List<String> removed = before.stream().filter(l -> !current.contains(l)).toList();
        List<String> added = now.stream().filter(l -> !old.contains(l)).toList();
        boolean sameOrder = now.equals(before);
        System.out.printf("compare with %s: %d lines there, %d here; %d only there, %d only here%s%n", file,
                before.size(), now.size(), removed.size(), added.size(), sameOrder ? ", identical" : "");
        removed.stream().limit(20).forEach(l -> System.out.println("- " + l));
        added.stream().limit(20).forEach(l -> System.out.println("+ " + l));
    }

    private static void readReuters(Path dir, List<Text> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = json.readTree(f.toFile());
                JsonNode text = node.get("maintext");
                if (text == null || !text.isTextual() || text.asText().isBlank()) {
                    continue;
                }
                JsonNode date = node.get("date_publish");
                LocalDate anchor = date == null || date.isNull() ? null
                        : PublicationDateParser.parse(date.asText()).orElse(null);
                out.add(new Text(dir.relativize(f).toString(), text.asText().replace("\r\n", "\n").strip(), anchor));
            }
        }
    }

    private static void readBbc(Path dir, List<Text> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Text("bbc/" + dir.relativize(f), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1),
                        null));
            }
        }
    }
}
