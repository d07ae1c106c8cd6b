package org.newsidx.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One JSON object (news-please keys and their common alternatives) to an {@link Article}. */
final class JsonArticleMapper {

    private static final String[] TITLE = {"title", "headline"};
    private static final String[] TEXT = {"maintext", "text", "body", "content", "article", "articleBody"};
    private static final String[] DATE = {"date_publish", "date", "published", "publish_date", "pubDate",
        "datePublished", "published_at"};
    private static final String[] SOURCE = {"source_domain", "source", "publisher", "site", "site_name"};
    private static final String[] URL = {"url", "link"};
    private static final String[] AUTHORS = {"authors", "author", "byline"};

    /** One reader of JSON trees for every ingest parser (thread-safe; costly to set up, so made once). */
    private static final ObjectMapper TREES = new ObjectMapper();

    private JsonArticleMapper() {
    }

    /** The JSON tree of {@code json} (null for empty input). */
    static JsonNode readTree(String json) throws JsonProcessingException {
        return TREES.readTree(json);
    }

    static Article map(JsonNode node, String id, String displayPath) throws UnreadableFileException {
        if (node == null || !node.isObject()) {
            throw new UnreadableFileException("expected a JSON object");
        }
        String text = string(node, TEXT);
        if (text == null) {
            throw new UnreadableFileException("no article text (expected one of maintext, text, body, content)");
        }
        String date = string(node, DATE);
        LocalDate published = PublicationDateParser.parse(date)
                .or(() -> PublicationDateParser.fromPath(displayPath)).orElse(null);
        return new Article(id, displayPath, string(node, TITLE), published, string(node, SOURCE),
                string(node, URL), authors(node), text.replace("\r\n", "\n").strip());
    }

    private static String string(JsonNode node, String... keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isObject() && v.hasNonNull("name")) {
                v = v.get("name");
            }
            if (v.isValueNode() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (String k : AUTHORS) {
            JsonNode v = node.get(k);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                v.forEach(a -> {
                    String name = a.isObject() ? a.path("name").asText("") : a.asText("");
                    if (!name.isBlank()) {
                        out.add(name.strip());
                    }
                });
            } else if (v.isTextual()) {
                out.addAll(PlainTextParser.splitAuthors(v.asText()));
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }
}
