package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsidx.analysis.ArticleAnalyzer;
import org.newsidx.index.IndexBusyException;
import org.newsidx.index.IndexDamage;
import org.newsidx.index.IndexListener;
import org.newsidx.index.IndexRunCounters;
import org.newsidx.index.IndexUpdater;
import org.newsidx.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsidx index}: brings the index up to date with folders of articles. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index (or bring up to date) the articles under the given folders or files.",
            "New and changed files are indexed, unchanged ones skipped, vanished ones removed."})
final class IndexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--rebuild", description = "Start from an empty index (also repairs a damaged one).")
    boolean rebuild;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "5000",
            description = "Commit after every N articles (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "5000000",
            description = "Longer article texts are cut to this many characters (default: ${DEFAULT-VALUE}).")
    int maxText;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files of articles.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || commitEvery < 1 || maxText < 1) {
            throw new UserError("--threads, --commit-every and --max-text must be 1 or more");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or folder: " + p);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = !quiet && !common.json && Terminal.interactiveStderr() ? new ProgressBar(err) : null;
        IndexListener listener = new IndexListener() {
            @Override
            public void problem(String path, String reason) {
                synchronized (err) {
                    if (bar != null) {
                        bar.clear();
                    }
                    err.println(path + ": " + reason);
                    err.flush();
                }
            }

            @Override
            public void progress(long done, long total, String path) {
                if (bar != null) {
                    bar.update(done, total, path);
                }
            }
        };
        long start = System.nanoTime();
        IndexRunCounters counters;
        try (IndexUpdater updater = openUpdater()) {
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                updater.requestStop();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsidx-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                counters = updater.update(paths, listener, bar == null ? -1 : IndexUpdater.countFiles(paths));
            } finally {
                finished.countDown();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                err.println("newsidx: interrupted; what was indexed so far is committed, run again to complete it");
            }
        }
        if (bar != null) {
            bar.clear();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (common.json) {
            JsonOutput.println(out, report(counters, seconds));
        } else if (!quiet) {
            IndexReportPrinter.print(out, counters, seconds, common.index, Terminal.colours(spec));
        }
        return 0;
    }

    private IndexUpdater openUpdater() throws IOException {
        try {
            return IndexUpdater.open(common.index, rebuild, ArticleAnalyzer.standard(), new ArticleReader(maxText),
                    threads, commitEvery);
        } catch (IndexBusyException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            Throwable damage = IndexDamage.find(e, true);
            if (damage != null && Files.isDirectory(common.index)) {
                throw new UserError(IndexDamage.message(common.index, damage), ErrorReporter.USAGE, e);
            }
            throw e;
        }
    }

    static Map<String, Object> report(IndexRunCounters c, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filesSeen", c.filesSeen.sum());
        m.put("filesUnchanged", c.filesUnchanged.sum());
        m.put("filesSkipped", c.filesSkipped.sum());
        m.put("skipReasons", c.skipReasons());
        m.put("partsSkipped", c.partsSkipped.sum());
        m.put("articlesAdded", c.articlesAdded.sum());
        m.put("articlesUpdated", c.articlesUpdated.sum());
        m.put("articlesUnchanged", c.articlesUnchanged.sum());
        m.put("articlesRemoved", c.articlesRemoved.sum());
        m.put("passages", c.passages.sum());
        m.put("bytesRead", c.bytesRead.get());
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return m;
    }
}
