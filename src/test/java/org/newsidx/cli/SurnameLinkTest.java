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
 * A surname standing alone in one article and the full name in another count as one person (and an
 * organisation's short form and its full name as one organisation, and the forms of a name that differ
 * only in punctuation or case as one): the facet shows one value with all the articles, and a filter
 * by either name finds them all.
 */
class SurnameLinkTest {

    private static final String FULL_NAME_ARTICLE =
            "2019-09-01-hurricane-dorian-strengthens-to-category-5-makes-landfall-in-the-baham.md";

    @Test
    void aSurnameAloneCountsWithTheOneFullNameOfTheIndex(@TempDir Path tmp) throws Exception {
        // the Wikinews sample names "Prime Minister Hubert Minnis"; the second article (written for
        // the test) only "Minnis"
        String index = indexed(tmp, besideTheSample(tmp, "rebuild.txt", "Bahamas begins to rebuild\n\nMinnis said "
                + "on Tuesday that the islands would rebuild after the storm, and Minnis thanked the rescue teams.\n"));
        List<String> values = facetValues(index, "person");
        assertEquals("Hubert Minnis=2", values.get(0), values.toString());
        assertEquals(List.of(), values.stream().filter(v -> v.startsWith("Minnis=")).toList());
        assertBothNamesFind(index, "--person", "Minnis", "Hubert Minnis", 2);
        // the count does not depend on how many values are shown: with one value shown, "Minnis" is not
        // among the two values taken, and still counts
        assertEquals(List.of("Hubert Minnis=2"), facetValues(index, "person", 1));
    }

    @Test
    void anInitialWithTheSurnameCountsWithTheOneFullNameOfTheIndex(@TempDir Path tmp) throws Exception {
        // the Wikinews sample names "Prime Minister Hubert Minnis"; the second article (written for the
        // test) gives the full name and then, in a list, "H. Minnis"; the third only "H. Minnis"
        String index = indexed(tmp, besideTheSample(tmp,
                "visit.txt", "Visit\n\nPrime Minister Hubert Minnis visited Abaco on Monday.\n\nOfficials: H. Minnis, "
                        + "K. Turnquest.\n",
                "rebuild.txt", "Bahamas begins to rebuild\n\nPrime Minister H. Minnis said on Tuesday that the "
                        + "islands would rebuild.\n"));
        List<String> values = facetValues(index, "person");
        assertEquals("Hubert Minnis=3", values.get(0), values.toString());
        assertEquals(List.of(), values.stream().filter(v -> v.startsWith("H. ")).toList());
        assertBothNamesFind(index, "--person", "H. Minnis", "Hubert Minnis", 3);
    }

    @Test
    void anOrganisationsShortFormAloneCountsWithItsFullName(@TempDir Path tmp) throws Exception {
        // sentences of two Wikinews samples (the 2019 UK general election, the suspension of Parliament),
        // one article each: "Labour" alone in one, "Labour Party" in two
        String index = indexed(tmp, corpus(tmp,
                "seats.txt", "Seats\n\nThe conservative party gained 66 seats since Parliament was last in session, "
                        + "while the second largest party, Labour, lost 42.\n",
                "leader.txt", "Leader\n\nThe Labour Party's leader, Jeremy Corbyn announced he will not seek the "
                        + "party's leadership position in the next general election cycle.\n",
                "election.txt", "Election\n\nOpposition leader Jeremy Corbyn said his Labour Party \"[are] eager "
                        + "for an election\".\n"));
        assertEquals(List.of("Labour Party=3"), facetValues(index, "org"));
        assertBothNamesFind(index, "--org", "Labour", "Labour Party", 3);
    }

    @Test
    void formsThatDifferOnlyInPunctuationCountAsOne(@TempDir Path tmp) throws Exception {
        // short articles written for the test; the last, with both forms, counts once
        Path corpus = corpus(tmp,
                "flood.txt", "Flood\n\nThe Mississippi River rose again in St. Louis on Monday, and officials in "
                        + "St. Louis closed two roads.\n",
                "rain.txt", "Rain\n\nHeavy rain fell on St. Louis overnight.\n",
                "bridge.txt", "Bridge\n\nA bridge in St Louis was closed after the storm.\n",
                "both.txt", "Both\n\nThe storm left St. Louis on Tuesday. By Wednesday the river in St Louis had "
                        + "fallen.\n");
        String index = indexed(tmp, corpus);
        assertEquals("St. Louis=4", facetValues(index, "place").get(0));
        assertBothNamesFind(index, "--place", "St Louis", "St. Louis", 4);
        // the forms are found again at each run: without the articles that have the other form, none is left
        Files.delete(corpus.resolve("bridge.txt"));
        Files.delete(corpus.resolve("both.txt"));
        indexed(tmp, corpus);
        assertEquals("St. Louis=2", facetValues(index, "place").get(0));
        JsonNode r = CliRunner.run("search", "--index", index, "--json", "--place", "St Louis", "").json();
        assertEquals(2, r.get("totalArticles").asLong());
    }

    /** A corpus of the Wikinews sample that names Hubert Minnis and articles written for a test (name, text). */
    private static Path besideTheSample(Path tmp, String... nameAndText) throws Exception {
        Path corpus = corpus(tmp, nameAndText);
        Files.copy(Path.of("samples/wikinews", FULL_NAME_ARTICLE), corpus.resolve(FULL_NAME_ARTICLE));
        return corpus;
    }

    /** A corpus of articles given as file name and text. */
    private static Path corpus(Path tmp, String... nameAndText) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(corpus.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return corpus;
    }

    private static String indexed(Path tmp, Path corpus) {
        String index = tmp.resolve("index").toString();
        assertEquals(0, CliRunner.run("index", "-q", "--index", index, corpus.toString()).code());
        return index;
    }

    /** A dimension's facet values over the whole index, as "value=count". */
    private static List<String> facetValues(String index, String dim) {
        return facetValues(index, dim, 10);
    }

    private static List<String> facetValues(String index, String dim, int shown) {
        JsonNode facet = CliRunner.run("search", "--index", index, "--json", "--limit", "1", "--facets",
                        Integer.toString(shown), "").json().get("facets").get(dim);
        List<String> values = new ArrayList<>();
        facet.forEach(v -> values.add(v.get("value").asText() + "=" + v.get("count").asLong()));
        return values;
    }

    private static void assertBothNamesFind(String index, String option, String shortName, String fullName,
                                            int articles) {
        for (String name : List.of(shortName, fullName)) {
            JsonNode r = CliRunner.run("search", "--index", index, "--json", option, name, "").json();
            assertEquals(articles, r.get("totalArticles").asLong(), name);
        }
    }
}
