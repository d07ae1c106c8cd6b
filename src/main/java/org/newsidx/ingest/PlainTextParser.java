package org.newsidx.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .txt}: an optional header block ({@code Title:}, {@code Date:}, {@code Source:}, {@code URL:},
 * {@code Author:}) ended by a blank line; without one, the first line is the title when it looks like a
 * headline (short, no final full stop, followed by a blank line).
 */
public final class PlainTextParser implements ArticleParser {

    private static final Pattern HEADER_LINE =
            Pattern.compile("^(title|date|published|source|url|authors?)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADLINE_WORDS = 20;

    @Override
    public List<Article> parse(ArticleSource source, Consumer<String> warnings) {
        String text = source.text().replace("\r\n", "\n").replace('\r', '\n');
        String title = null;
        String date = null;
        String outlet = null;
        String url = null;
        List<String> authors = new ArrayList<>();
        int bodyStart = 0;

        String[] lines = text.split("\n", -1);
        if (lines.length > 0 && HEADER_LINE.matcher(lines[0].strip()).matches()) {
            int pos = 0;
            for (String line : lines) {
                pos += line.length() + 1;
                if (line.isBlank()) {
                    break;
                }
                Matcher m = HEADER_LINE.matcher(line.strip());
                if (!m.matches()) {
                    continue;
                }
                String value = m.group(2).strip();
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> title = value;
                    case "date", "published" -> date = value;
                    case "source" -> outlet = value;
                    case "url" -> url = value;
                    default -> authors.addAll(splitAuthors(value));
                }
            }
            bodyStart = Math.min(pos, text.length());
        } else if (lines.length > 2 && looksLikeHeadline(lines[0]) && lines[1].isBlank()) {
            title = lines[0].strip();
            bodyStart = lines[0].length() + 1;
        }
        String body = text.substring(bodyStart).strip();
        LocalDate published = PublicationDateParser.parse(date)
                .or(() -> PublicationDateParser.fromPath(source.displayPath())).orElse(null);
        return List.of(new Article(ArticleIds.forFile(source.key()), source.displayPath(), emptyToNull(title),
                published, emptyToNull(outlet), emptyToNull(url), authors, body));
    }

    static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.endsWith(".") || s.length() > 160) {
            return false;
        }
        return s.split("\\s+").length <= MAX_HEADLINE_WORDS;
    }

    static List<String> splitAuthors(String value) {
        List<String> out = new ArrayList<>();
        for (String a : value.split("\\s*(?:,|;|\\band\\b)\\s*")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
