package org.newsidx.ingest;

import java.nio.file.Path;

/**
 * A file found under an indexed root.
 *
 * @param path        where it is on disk
 * @param key         root folder name + "/" + path relative to the root: stable across machines
 * @param displayPath the root as the user gave it + the relative path
 * @param root        the root's normalised absolute path, so that deletions are found per root
 */
public record CorpusFile(Path path, String key, String displayPath, String root) {
}
