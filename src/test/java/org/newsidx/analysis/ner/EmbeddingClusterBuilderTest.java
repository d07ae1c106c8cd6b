package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingClusterBuilderTest {

    /**
     * A file in the wink-embeddings layout: a frequency-ordered word list, then per word its vector
     * followed by its norm and its index (which the builder must not read as dimensions). Three towns lie
     * along one axis, three firms along another.
     */
    private static final String VECTORS = """
            {"precision":8,"l2NormIndex":3,"wordIndex":4,"size":7,"dimensions":3,
             "words":["paris","google","london","yahoo","berlin","intel","rare"],
             "vectors":{
              "paris":[0.9,0.1,0.0,0.9,0],
              "google":[0.1,0.9,0.1,0.9,1],
              "london":[0.8,0.0,0.1,0.8,2],
              "yahoo":[0.0,1.0,0.0,1.0,3],
              "berlin":[1.0,0.1,0.1,1.0,4],
              "intel":[0.1,0.8,0.0,0.8,5],
              "rare":[0.5,0.5,0.5,0.9,6]}}
            """;

    @Test
    void townsAndFirmsFallOnEitherSideOfTheFirstSplit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vectors.json");
        Files.writeString(file, VECTORS);

        Map<String, String> paths = EmbeddingClusterBuilder.build(file, 6, 4);

        assertEquals(List.of("paris", "google", "london", "yahoo", "berlin", "intel"), List.copyOf(paths.keySet()),
                "the first six words of the list, in its order; the seventh is beyond --words");
        char towns = paths.get("paris").charAt(0);
        assertEquals(towns, paths.get("london").charAt(0));
        assertEquals(towns, paths.get("berlin").charAt(0));
        char firms = paths.get("google").charAt(0);
        assertNotEquals(towns, firms);
        assertEquals(firms, paths.get("yahoo").charAt(0));
        assertEquals(firms, paths.get("intel").charAt(0));
    }

    @Test
    void pathsAreWrittenAsBitStrings() {
        assertEquals("0101", SphericalBisection.bits(0b101, 4));
        assertEquals("0", SphericalBisection.bits(0, 0));
    }
}
