package org.newsidx.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code .json}: one news-please style article, or an array of them. */
public final class JsonParser implements ArticleParser {

    @Override
    public List<Article> parse(ArticleSource source, Consumer<String> warnings) throws UnreadableFileException {
        JsonNode root;
        try {
            root = JsonArticleMapper.readTree(source.text());
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException("invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null) {
            throw new UnreadableFileException("empty JSON file");
        }
        if (!root.isArray()) {
            return List.of(JsonArticleMapper.map(root, ArticleIds.forFile(source.key()), source.displayPath()));
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                out.add(JsonArticleMapper.map(root.get(i), ArticleIds.forLine(source.key(), i + 1),
                        source.displayPath()));
            } catch (UnreadableFileException e) {
                warnings.accept("element " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }
}
