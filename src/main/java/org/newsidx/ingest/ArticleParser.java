package org.newsidx.ingest;

import java.util.List;
import java.util.function.Consumer;

/** Parses one file format into articles. Implementations are stateless and thread-safe. */
public interface ArticleParser {

    /**
     * The articles in one file.
     *
     * @param warnings receives one line per part of the file that was skipped (a broken jsonl line)
     * @throws UnreadableFileException when the file as a whole cannot be parsed
     */
    List<Article> parse(ArticleSource source, Consumer<String> warnings) throws UnreadableFileException;
}
