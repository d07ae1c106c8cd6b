package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.newsidx.cli.Main;

/** For tests: the samples indexed into a folder, opened for reading. */
final class SamplesIndex {

    private SamplesIndex() {
    }

    /** Indexes {@code samples/} into {@code tmp/index} through the CLI and opens that index. */
    static IndexSnapshot open(Path tmp) throws Exception {
        Path dir = tmp.resolve("index");
        assertEquals(0, Main.run("index", "-q", "--index", dir.toString(), "samples"));
        return IndexSnapshot.open(dir);
    }
}
