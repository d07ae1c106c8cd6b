package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.cli.Main;

/** Snapshots kept open between commands: reused while current, replaced after a commit, closed last. */
class OpenIndexesTest {

    @TempDir
    Path tmp;

    private Path index(String name, Path corpus) {
        Path dir = tmp.resolve(name);
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), corpus.toString()));
        return dir.toAbsolutePath();
    }

    private Path oneArticle(String name, String text) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus-" + name));
        Files.writeString(corpus.resolve(name + ".txt"), text);
        return corpus;
    }

    @Test
    void theSameSnapshotServesUntilACommitThenTheOldOneLivesUntilItsLastUserCloses() throws Exception {
        Path corpus = oneArticle("a", "Flood warning\n\nRivers rose in Leeds on Monday, the Environment Agency said.\n");
        Path dir = index("ix", corpus);
        try (OpenIndexes open = new OpenIndexes()) {
            IndexSnapshot first = open.acquire(dir);
            IndexSnapshot again = open.acquire(dir);
            assertSame(first, again);
            again.close();
            assertEquals(2, first.reader().numDocs(), "one passage and its article");

            Files.writeString(corpus.resolve("b.txt"), "Bridge closed\n\nThe bridge in York was closed on Tuesday.\n");
            index("ix", corpus);
            try (IndexSnapshot after = open.acquire(dir)) {
                assertNotSame(first, after);
                assertEquals(4, after.reader().numDocs(), "the new article and its passage");
                // the replaced snapshot still reads while its command runs
                assertEquals(2, first.reader().numDocs());
                assertEquals(1, first.reader().getRefCount());
                first.close();
                assertEquals(0, first.reader().getRefCount());
            }
        }
    }

    @Test
    void atMostTwoFoldersStayOpenAndARemovedIndexIsReportedAsMissing() throws Exception {
        Path a = index("a", oneArticle("a", "One\n\nText about Paris.\n"));
        Path b = index("b", oneArticle("b", "Two\n\nText about Rome.\n"));
        Path c = index("c", oneArticle("c", "Three\n\nText about Oslo.\n"));
        try (OpenIndexes open = new OpenIndexes()) {
            IndexSnapshot sa = open.acquire(a);
            sa.close();
            open.acquire(b).close();
            open.acquire(a).close(); // a is now the most recently used
            open.acquire(c).close();
            assertEquals(List.of(a, c), open.folders());
            assertEquals(1, sa.reader().getRefCount(), "a is still open");

            try (var files = Files.walk(c)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            assertThrows(IndexUnavailableException.class, () -> open.acquire(c));
            assertEquals(List.of(a), open.folders());
        }
    }
}
