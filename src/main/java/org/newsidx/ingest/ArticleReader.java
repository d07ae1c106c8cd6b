package org.newsidx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one file: its bytes, their hash, the text, and the articles its format parser finds. */
public final class ArticleReader {

    /** Default limit on an article's text; longer ones are cut with a warning. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;

    private static final Map<String, ArticleParser> PARSERS = parsers();

    /** One parser of each kind, under every extension it reads. */
    private static Map<String, ArticleParser> parsers() {
        ArticleParser text = new PlainTextParser();
        ArticleParser markdown = new MarkdownParser();
        ArticleParser html = new HtmlParser();
        ArticleParser jsonLines = new JsonLinesParser();
        return Map.of("txt", text, "text", text, "md", markdown, "markdown", markdown, "html", html, "htm", html,
                "json", new JsonParser(), "jsonl", jsonLines, "ndjson", jsonLines);
    }

    private final int maxTextChars;
    private final long maxFileBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_TEXT_CHARS);
    }

    public ArticleReader(int maxTextChars) {
        this.maxTextChars = maxTextChars;
        // jsonl files hold many articles; anything past this is not a news file
        this.maxFileBytes = Math.max(64L * 1024 * 1024, 4L * maxTextChars);
    }

    /** Whether a file name has a format newsidx reads. */
    public static boolean isSupported(String fileName) {
        return parserFor(fileName).isPresent();
    }

    /** Reads and hashes the file; parses it only when {@code hashToSkip} differs from its hash. */
    public ParsedFile read(CorpusFile file, String hashToSkip) throws UnreadableFileException {
        ArticleParser parser = parserFor(file.path().getFileName().toString())
                .orElseThrow(() -> new UnreadableFileException("not a supported format (txt, md, html, json, jsonl)"));
        byte[] bytes = readBytes(file);
        String hash = ArticleIds.sha256Hex(bytes);
        if (hash.equals(hashToSkip)) {
            return new ParsedFile(file, hash, null, List.of());
        }
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        String text = TextDecoder.decode(bytes);
        List<String> warnings = new ArrayList<>();
        List<Article> parsed = parser.parse(new ArticleSource(file.key(), file.displayPath(), text), warnings::add);
        List<Article> articles = new ArrayList<>(parsed.size());
        for (Article a : parsed) {
            if (a.text().isBlank()) {
                if (parsed.size() > 1) {
                    warnings.add("an article without text was skipped" + (a.title() == null ? "" : ": " + a.title()));
                }
                continue;
            }
            if (a.text().length() > maxTextChars) {
                warnings.add("article text of " + a.text().length() + " characters cut to " + maxTextChars);
                a = a.truncatedTo(maxTextChars);
            }
            articles.add(a);
        }
        if (articles.isEmpty() && warnings.isEmpty()) {
            throw new UnreadableFileException("no article text in file");
        }
        return new ParsedFile(file, hash, articles, warnings);
    }

    private byte[] readBytes(CorpusFile file) throws UnreadableFileException {
        try {
            long size = Files.size(file.path());
            if (size > maxFileBytes) {
                throw new UnreadableFileException("file of " + size + " bytes is over the limit of " + maxFileBytes);
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                return in.readNBytes((int) maxFileBytes + 1);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("file disappeared while indexing");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getMessage(), e);
        }
    }

    private static Optional<ArticleParser> parserFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(PARSERS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
