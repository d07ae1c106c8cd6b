package org.newsidx.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: the same file (relative to its indexed root) gets the same id on every machine. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The id of the article that a whole file holds. */
    public static String forFile(String fileKey) {
        return hash(fileKey);
    }

    /** The id of the article on one line (1-based) of a jsonl file. */
    public static String forLine(String fileKey, int line) {
        return hash(fileKey + "#L" + line);
    }

    /** The id of passage {@code n} (1-based) of an article. */
    public static String passageId(String articleId, int n) {
        return articleId + "#" + n;
    }

    /** The article id part of a passage id, or the id itself when it names an article. */
    public static String articleIdOf(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256").digest(bytes));
    }

    private static String hash(String key) {
        byte[] d = digest("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JRE", e);
        }
    }
}
