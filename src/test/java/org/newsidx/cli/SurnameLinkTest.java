package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A surname standing alone in one article and the full name in another count as one person: the
 * person facet shows the full name with both articles, and a filter by either name finds both.
 */
class SurnameLinkTest {

    private static final String FULL_NAME_ARTICLE =
            "2019-09-01-hurricane-dorian-strengthens-to-category-5-makes-landfall-in-the-baham.md";

    @Test
    void aSurnameAloneCountsWithTheOneFullNameOfTheIndex(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        // the Wikinews sample names "Prime Minister Hubert Minnis"; the second article (written for
        // the test) only "Minnis"
        Files.copy(Path.of("samples/wikinews", FULL_NAME_ARTICLE), corpus.resolve(FULL_NAME_ARTICLE));
        Files.writeString(corpus.resolve("rebuild.txt"), "Bahamas begins to rebuild\n\nMinnis said on Tuesday that "
                + "the islands would rebuild after the storm, and Minnis thanked the rescue teams.\n");
        String index = tmp.resolve("index").toString();
        assertEquals(0, CliRunner.run("index", "-q", "--index", index, corpus.toString()).code());

        JsonNode facet = CliRunner.run("search", "--index", index, "--json", "--limit", "1", "").json()
                .get("facets").get("person");
        List<String> values = new ArrayList<>();
        facet.forEach(v -> values.add(v.get("value").asText() + "=" + v.get("count").asLong()));
        assertEquals("Hubert Minnis=2", values.get(0), values.toString());
        assertEquals(List.of(), values.stream().filter(v -> v.startsWith("Minnis=")).toList());

        for (String name : List.of("Minnis", "Hubert Minnis")) {
            JsonNode r = CliRunner.run("search", "--index", index, "--json", "--person", name, "").json();
            assertEquals(2, r.get("totalArticles").asLong(), name);
        }
    }
}
