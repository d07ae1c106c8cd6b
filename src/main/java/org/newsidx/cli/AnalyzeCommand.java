package org.newsidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsidx.analysis.AnalyzedArticle;
import org.newsidx.analysis.ArticleAnalyzer;
import org.newsidx.ingest.Article;
import org.newsidx.ingest.ArticleIds;
import org.newsidx.ingest.ArticleReader;
import org.newsidx.ingest.CorpusFile;
import org.newsidx.ingest.CorpusWalker;
import org.newsidx.ingest.ParsedFile;
import org.newsidx.ingest.TextDecoder;
import org.newsidx.ingest.UnreadableFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsidx analyze}: what the pipeline sees in each file, without indexing. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Show what the pipeline finds in articles (passages, entities, dates, quotes), without indexing.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--plain", description = "Treat the whole file as body text: no title, header or metadata parsing.")
    boolean plain;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for resolving relative dates; overrides the article's own.")
    String date;

    @Option(names = "--json", description = "One JSON object per input file (JSON Lines).")
    boolean json;

    @Option(names = "-v", description = "Show stack traces of errors.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate anchor = date == null ? null : DateOption.parseDay(date, "--date");
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        ArticleReader reader = new ArticleReader();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            List<Article> articles;
            try {
                articles = plain ? List.of(readPlain(file)) : readParsed(reader, file, err);
            } catch (UnreadableFileException e) {
                err.println(file + ": " + e.getMessage());
                failures++;
                if (json) {
                    JsonOutput.println(out, JsonViews.failedAnalysis(file.toString(), e.getMessage()));
                }
                continue;
            }
            for (Article article : articles) {
                if (anchor != null) {
                    article = article.withPublished(anchor);
                }
                AnalyzedArticle analyzed = analyzer.analyze(article);
                if (json) {
                    JsonOutput.println(out, JsonViews.analysis(analyzed));
                } else {
                    AnalysisPrinter.print(out, analyzed, Terminal.colours(spec));
                }
            }
        }
        err.flush();
        return failures == files.size() ? 1 : 0;
    }

    private static Article readPlain(Path file) throws UnreadableFileException {
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file));
            String name = file.getFileName().toString();
            return new Article(ArticleIds.forFile(name), file.toString(), null, null, null, null, List.of(), text);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Article> readParsed(ArticleReader reader, Path file, PrintWriter err)
            throws UnreadableFileException {
        // through the walker, so that the file gets the key and ids that `newsidx index FILE` gives it
        List<CorpusFile> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new CorpusWalker(found::add, (path, reason) -> problems.add(reason)).walk(file);
        if (found.size() != 1) {
            throw new UnreadableFileException(problems.isEmpty() ? "not a regular file" : problems.get(0));
        }
        ParsedFile parsed = reader.read(found.get(0), null);
        parsed.warnings().forEach(w -> err.println(file + ": " + w));
        return parsed.articles();
    }
}
