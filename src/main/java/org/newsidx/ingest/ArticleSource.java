package org.newsidx.ingest;

/**
 * The decoded content of one file, ready for a format parser.
 *
 * @param key         the file's stable key (root folder name + path relative to it), used for ids
 * @param displayPath the path shown to users
 * @param text        the decoded file content
 */
public record ArticleSource(String key, String displayPath, String text) {
}
