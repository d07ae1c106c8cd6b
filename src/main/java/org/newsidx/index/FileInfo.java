package org.newsidx.index;

/**
 * What the index remembers of a source file, to tell on the next run whether it changed.
 *
 * @param key      the file's stable key (see {@link org.newsidx.ingest.CorpusFile#key()})
 * @param root     the indexed root it was found under
 * @param hash     SHA-256 of its bytes
 * @param size     its size in bytes
 * @param mtime    its modification time in milliseconds
 * @param articles how many articles it gave
 */
public record FileInfo(String key, String root, String hash, long size, long mtime, int articles) {
}
