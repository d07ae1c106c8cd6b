package org.newsidx.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code .jsonl}/{@code .ndjson}: one article object per line; a broken line is reported and skipped. */
public final class JsonLinesParser implements ArticleParser {

    @Override
    public List<Article> parse(ArticleSource source, Consumer<String> warnings) {
        List<Article> out = new ArrayList<>();
        String[] lines = source.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(JsonArticleMapper.map(JsonArticleMapper.readTree(line), ArticleIds.forLine(source.key(), i + 1),
                        source.displayPath()));
            } catch (JsonProcessingException e) {
                warnings.accept("line " + (i + 1) + ": invalid JSON: " + e.getOriginalMessage());
            } catch (UnreadableFileException e) {
                warnings.accept("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }
}
