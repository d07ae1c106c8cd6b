package org.newsidx.ingest;

import java.util.List;

/**
 * What one file gave.
 *
 * @param file     the file
 * @param hash     SHA-256 of its bytes, to skip unchanged files on the next run
 * @param articles the articles parsed from it
 * @param warnings parts of the file that were skipped, one reason each
 */
public record ParsedFile(CorpusFile file, String hash, List<Article> articles, List<String> warnings) {
}
