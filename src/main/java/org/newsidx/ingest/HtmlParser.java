package org.newsidx.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * {@code .html}/{@code .htm}: title from {@code og:title}, {@code <h1>} or {@code <title>}; date from
 * {@code article:published_time}, JSON-LD {@code datePublished} or {@code <time datetime>}; body from the
 * article's paragraphs, headings and captions ({@link HtmlArticleText}: without the page around them).
 * Nothing is fetched: jsoup parses the string only, and scripts are never run.
 */
public final class HtmlParser implements ArticleParser {


    @Override
    public List<Article> parse(ArticleSource source, Consumer<String> warnings) throws UnreadableFileException {
        Document doc = Jsoup.parse(source.text());
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        // the meta tags news sites use besides Open Graph and JSON-LD (microdata, Parse.ly, Sailthru, Dublin Core)
        LocalDate published = firstDate(meta(doc, "article:published_time"), jsonLd(doc, "datePublished"),
                meta(doc, "datePublished"), meta(doc, "og:published_time"), meta(doc, "parsely-pub-date"),
                meta(doc, "sailthru.date"), meta(doc, "publish-date"), meta(doc, "DC.date.issued"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "date"), meta(doc, "pubdate"),
                meta(doc, "dc.date"))
                .or(() -> PublicationDateParser.fromPath(source.displayPath())).orElse(null);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), jsonLdPublisher(doc));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"));

        Element root = firstNonNull(HtmlArticleText.mainArticle(doc), doc.selectFirst("main"),
                doc.selectFirst("[role=main]"), doc.body());
        if (root == null) {
            throw new UnreadableFileException("HTML page has no body");
        }
        List<String> paragraphs = HtmlArticleText.paragraphs(root, title);
        if (paragraphs.isEmpty()) {
            throw new UnreadableFileException("HTML page has no article text");
        }
        List<String> authors = author == null ? List.of() : PlainTextParser.splitAuthors(author);
        return List.of(new Article(ArticleIds.forFile(source.key()), source.displayPath(), title, published,
                outlet, url, authors, String.join("\n\n", paragraphs)));
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : PlainTextParser.emptyToNull(e.attr("content"));
    }

    private String jsonLd(Document doc, String key) {
        for (JsonNode node : jsonLdNodes(doc)) {
            JsonNode v = node.findValue(key);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        return null;
    }

    private String jsonLdPublisher(Document doc) {
        for (JsonNode node : jsonLdNodes(doc)) {
            JsonNode p = node.findValue("publisher");
            if (p != null && p.hasNonNull("name")) {
                return p.get("name").asText();
            }
        }
        return null;
    }

    private List<JsonNode> jsonLdNodes(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        Elements scripts = doc.select("script[type=application/ld+json]");
        for (Element s : scripts) {
            try {
                out.add(JsonArticleMapper.readTree(s.data()));
            } catch (Exception malformed) {
                // a broken JSON-LD block is common on real pages; the other sources still apply
            }
        }
        return out;
    }

    private static Optional<LocalDate> firstDate(String... values) {
        for (String v : values) {
            Optional<LocalDate> d = PublicationDateParser.parse(v);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
