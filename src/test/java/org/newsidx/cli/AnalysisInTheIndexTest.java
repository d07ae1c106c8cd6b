package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities, quotations and dates as users reach them: filters, facets and commands over the samples. */
class AnalysisInTheIndexTest {

    @TempDir
    static Path tmp;
    static String index;

    @BeforeAll
    static void indexSamples() {
        index = tmp.resolve("index").toString();
        assertEquals(0, CliRunner.run("index", "-q", "--index", index, "samples").code());
    }

    /** (path, title) of every sample article whose analysis names this canonical entity. */
    private static Set<String> articlesNaming(String canonical) throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("samples"))) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("ATTRIBUTION.md"))
                    .sorted().forEach(p -> files.add(p.toString()));
        }
        List<String> args = new ArrayList<>(List.of("analyze", "--json"));
        args.addAll(files);
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        Set<String> out = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().split("\n")) {
            JsonNode o = json.readTree(line);
            for (JsonNode e : o.get("entities")) {
                if (e.get("canonical").asText().equals(canonical)) {
                    out.add(o.get("path").asText() + " | " + o.get("title").asText());
                }
            }
        }
        return out;
    }

    @Test
    void personFilterBySurnameFindsEveryArticleNamingThePersonUnderOneValue() throws Exception {
        Set<String> expected = articlesNaming("Boris Johnson");
        assertTrue(expected.size() >= 3, expected.toString());
        JsonNode r = CliRunner.run("search", "--index", index, "--json", "--person", "Johnson", "--per-article", "1",
                "--limit", "100").json();
        assertEquals(List.of("Boris Johnson"), List.of(r.get("filters").get("person").get(0).asText()));
        Set<String> found = new HashSet<>();
        r.get("hits").forEach(h -> found.add(h.get("path").asText() + " | " + h.get("title").asText()));
        assertEquals(expected, found);
        assertEquals(expected.size(), r.get("totalArticles").asInt());
        long johnsons = 0;
        for (JsonNode v : r.get("facets").get("person")) {
            if (v.get("value").asText().contains("Johnson")) {
                johnsons++;
                assertEquals(expected.size(), v.get("count").asInt());
            }
        }
        assertEquals(1, johnsons, "one facet value for the person");
    }

    @Test
    void namesAsUsersTypeThemFindTheCanonicalValue() {
        for (String[] typedAndCanonical : new String[][] {{"Mr Macron", "Emmanuel Macron"},
                {"President Macron", "Emmanuel Macron"}, {"macron", "Emmanuel Macron"},
                {"Sir Tim Barrow", "Tim Barrow"}, {"Ms von der Leyen", "Ursula von der Leyen"}}) {
            JsonNode r = CliRunner.run("search", "--index", index, "--json", "--person", typedAndCanonical[0]).json();
            assertEquals(typedAndCanonical[1], r.get("filters").get("person").get(0).asText(), typedAndCanonical[0]);
            assertEquals(1, r.get("totalArticles").asInt(), typedAndCanonical[0]);
        }
        JsonNode britain = CliRunner.run("search", "--index", index, "--json", "--place", "Britain").json();
        assertEquals("United Kingdom", britain.get("filters").get("place").get(0).asText());
    }

    @Test
    void aFilterFieldInTheQueryMatchesThePassagesOfTheArticlesThatHaveIt() {
        // filter terms are on article documents only; person:/place: in the query text reach the
        // passages through the block join, exactly as the --person/--place options do
        JsonNode inQuery = CliRunner.run("search", "--index", index, "--json", "--limit", "50",
                "migrants AND person:\"Emmanuel Macron\"").json();
        JsonNode asOption = CliRunner.run("search", "--index", index, "--json", "--limit", "50",
                "--person", "Emmanuel Macron", "migrants").json();
        assertEquals(1, inQuery.get("totalArticles").asInt());
        assertEquals(asOption.get("totalPassages").asInt(), inQuery.get("totalPassages").asInt());
        assertTrue(inQuery.get("totalPassages").asInt() >= 2, inQuery.toString());
        inQuery.get("hits").forEach(h -> assertTrue(h.get("text").asText().toLowerCase().contains("migrant"), h.toString()));
    }

    @Test
    void seedEntitiesAreFacetValuesUnderTheirFullNames() {
        JsonNode r = CliRunner.run("search", "--index", index, "--json", "--source", "PA Media", "--facets", "30").json();
        Set<String> persons = new HashSet<>();
        r.get("facets").get("person").forEach(v -> persons.add(v.get("value").asText()));
        assertTrue(persons.containsAll(Set.of("Rishi Sunak", "Emmanuel Macron", "Ursula von der Leyen", "Bjoern Siebert",
                "Tim Barrow")), persons.toString());
        assertTrue(persons.stream().noneMatch(p -> p.equals("Macron") || p.equals("Mr Macron") || p.equals("Sunak")),
                persons.toString());
    }

    @Test
    void quotationsBySpeakerAndUnderSearchHits() {
        JsonNode q = CliRunner.run("quotes", "--index", index, "--json", "--speaker", "Macron").json();
        assertEquals(List.of("Emmanuel Macron"), List.of(q.get("filters").get("speaker").get(0).asText()));
        JsonNode first = q.get("quotes").get(0);
        assertEquals("Emmanuel Macron", first.get("speaker").asText());
        assertTrue(first.get("text").asText().contains("an agreement between the UK and France"));

        JsonNode s = CliRunner.run("search", "--index", index, "--json", "--quotes", "readmissions agreement").json();
        JsonNode hit = s.get("hits").get(0);
        assertEquals("Bjoern Siebert", hit.get("quotes").get(0).get("speaker").asText());
        Set<String> speakers = new HashSet<>();
        s.get("facets").get("speaker").forEach(v -> speakers.add(v.get("value").asText()));
        assertTrue(speakers.contains("Bjoern Siebert"), speakers.toString());
    }

    @Test
    void seedQuotesThroughTheQuotesCommand() {
        JsonNode hit = CliRunner.run("search", "--index", index, "--json", "--source", "PA Media",
                "\"Calais Group\"").json().get("hits").get(0);
        JsonNode quotes = CliRunner.run("quotes", "--index", index, "--json", hit.get("passageId").asText()).json();
        assertEquals(1, quotes.size());
        String text = quotes.get(0).get("text").asText();
        assertTrue(text.startsWith("“We remain open") && text.endsWith("meeting.”"), "three paragraphs, one quotation");
        assertTrue(quotes.get(0).get("speaker").asText().toLowerCase().contains("spokeswoman"));
    }

    @Test
    void mentionedDatesAreFacetsAndFilters() {
        JsonNode r = CliRunner.run("search", "--index", index, "--json", "--mentions", "2022-12").json();
        Set<String> paths = new HashSet<>();
        r.get("hits").forEach(h -> paths.add(h.get("path").asText()));
        assertTrue(paths.contains("samples/pa-media/eu-uk-migrant-returns-agreement.txt"), paths.toString());
        JsonNode all = CliRunner.run("search", "--index", index, "--json").json();
        long mentioning2019 = 0;
        for (JsonNode v : all.get("facets").get("mentioned")) {
            if (v.get("value").asText().equals("2019")) {
                mentioning2019 = v.get("count").asLong();
            }
        }
        JsonNode in2019 = CliRunner.run("search", "--index", index, "--json", "--mentions", "2019").json();
        assertEquals(mentioning2019, in2019.get("totalArticles").asLong());
        JsonNode hit = CliRunner.run("search", "--index", index, "--json", "Sangatte").json().get("hits").get(0);
        JsonNode shown = CliRunner.run("show", "--index", index, "--json", hit.get("passageId").asText()).json();
        assertEquals("Saturday", shown.get("dates").get(0).get("text").asText());
        assertTrue(shown.get("dates").get(0).get("value").isNull(), "the seed is undated: Saturday cannot be resolved");
    }
}
