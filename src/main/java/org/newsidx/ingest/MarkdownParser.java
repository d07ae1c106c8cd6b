package org.newsidx.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code .md}: YAML front matter ({@code title}, {@code date}, {@code source}, {@code url},
 * {@code author}/{@code authors}) between {@code ---} lines, then Markdown. Heading markers, emphasis
 * and link targets are removed from the body; a leading {@code # Title} becomes the title when the
 * front matter has none.
 */
public final class MarkdownParser implements ArticleParser {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");

    @Override
    public List<Article> parse(ArticleSource source, Consumer<String> warnings) throws UnreadableFileException {
        String text = source.text().replace("\r\n", "\n");
        Map<?, ?> meta = Map.of();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                throw new UnreadableFileException("front matter opened with --- but never closed");
            }
            meta = frontMatter(text.substring(4, end));
            int after = text.indexOf('\n', end + 4);
            body = after < 0 ? "" : text.substring(after + 1);
        }
        String title = string(meta.get("title"));
        if (title == null) {
            var firstHeading = Pattern.compile("\\A\\s*#\\s+(.+)\\n").matcher(body);
            if (firstHeading.find()) {
                title = firstHeading.group(1).strip();
                body = body.substring(firstHeading.end());
            }
        }
        body = EMPHASIS.matcher(LINK.matcher(HEADING.matcher(body).replaceAll("")).replaceAll("$1")).replaceAll("$2");
        LocalDate published = date(meta.get("date"));
        if (published == null) {
            published = date(meta.get("published"));
        }
        if (published == null) {
            published = PublicationDateParser.fromPath(source.displayPath()).orElse(null);
        }
        Object authorValue = meta.containsKey("authors") ? meta.get("authors") : meta.get("author");
        return List.of(new Article(ArticleIds.forFile(source.key()), source.displayPath(), title, published,
                string(meta.get("source")), string(meta.get("url")), authors(authorValue), body.strip()));
    }

    private static Map<?, ?> frontMatter(String yaml) throws UnreadableFileException {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            Object doc = new Yaml(new SafeConstructor(options)).load(yaml);
            return doc instanceof Map<?, ?> map ? map : Map.of();
        } catch (YAMLException e) {
            throw new UnreadableFileException("invalid YAML front matter: " + firstLine(e.getMessage()), e);
        }
    }

    private static LocalDate date(Object v) {
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return v == null ? null : PublicationDateParser.parse(v.toString()).orElse(null);
    }

    private static List<String> authors(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(a -> {
                if (a != null && !a.toString().isBlank()) {
                    out.add(a.toString().strip());
                }
            });
        } else if (v != null) {
            out.addAll(PlainTextParser.splitAuthors(v.toString()));
        }
        return out;
    }

    private static String string(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
