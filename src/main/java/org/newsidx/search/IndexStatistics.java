package org.newsidx.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts in the last commit of an index, and the document layout it was written with. */
public record IndexStatistics(String index, long articles, long passages, long sizeBytes, String lastUpdate,
                              String layout) {

    /** The statistics of {@code snapshot}, whose folder the user named {@code shownAs}. */
    public static IndexStatistics of(IndexSnapshot snapshot, Path shownAs) throws IOException {
        long articles = snapshot.searcher().count(ArticleBlocks.ARTICLES);
        long passages = snapshot.searcher().count(ArticleBlocks.PASSAGES);
        return new IndexStatistics(shownAs.toString(), articles, passages, size(snapshot.path()),
                snapshot.lastUpdate(), snapshot.layout().name());
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
