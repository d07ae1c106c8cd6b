package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes samples/ once through the CLI entry point and queries it as a user (or a scorer) would. */
class SamplesEndToEndTest {

    @TempDir
    static Path tmp;
    static String index;
    static final String SEED = "samples/pa-media/eu-uk-migrant-returns-agreement.txt";

    @BeforeAll
    static void indexSamples() {
        index = tmp.resolve("index").toString();
        CliRunner.Result r = CliRunner.run("index", "--index", index, "--json", "samples");
        assertEquals(0, r.code(), r.err());
        JsonNode counters = r.json();
        assertEquals(46, counters.get("filesSeen").asInt(), "44 articles, the jsonl file and the seed; not ATTRIBUTION.md");
        assertEquals(51, counters.get("articlesAdded").asInt());
        assertEquals(0, counters.get("filesSkipped").asInt(), r.err());
    }

    private static Map<String, Long> facet(JsonNode result, String dim) {
        Map<String, Long> m = new HashMap<>();
        result.get("facets").get(dim).forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
        return m;
    }

    @Test
    void searchJsonHasTheContractShape() {
        CliRunner.Result r = CliRunner.run("search", "--index", index, "--json", "returns agreement");
        assertEquals(0, r.code(), r.err());
        JsonNode o = r.json();
        assertEquals("returns agreement", o.get("query").asText());
        assertTrue(o.get("totalPassages").asLong() >= o.get("totalArticles").asLong());
        JsonNode hit = o.get("hits").get(0);
        for (String key : List.of("passageId", "articleId", "path", "title", "published", "score", "text", "highlight")) {
            assertTrue(hit.has(key), "hit has " + key);
        }
        assertTrue(hit.get("passageId").asText().startsWith(hit.get("articleId").asText() + "#"));
        assertTrue(hit.get("highlight").asText().contains("<b>"), hit.get("highlight").asText());
        for (String dim : List.of("person", "org", "place", "published")) {
            assertTrue(o.get("facets").get(dim).isArray(), dim);
        }
        assertFalse(o.get("facetsSampled").asBoolean(), "a few articles: exact counts");
    }

    @Test
    void seedPassageRanksFirstForItsOwnWords() {
        JsonNode o = CliRunner.run("search", "--index", index, "--json", "\"returns agreement\" migrants").json();
        assertEquals(SEED, o.get("hits").get(0).get("path").asText());
    }

    @Test
    void facetCountsCountArticlesNotPassages() {
        JsonNode all = CliRunner.run("search", "--index", index, "--json", "--facets", "50").json();
        assertEquals(51, all.get("totalArticles").asLong());
        assertEquals(Map.of("Wikinews", 33L, "en.wikinews.org", 17L, "PA Media", 1L), facet(all, "source"));
        Map<String, Long> years = facet(all, "published");
        assertEquals(50L, years.values().stream().mapToLong(Long::longValue).sum(), "the seed is undated");
    }

    @Test
    void dimensionCountsIgnoreTheirOwnFilterDrillSideways() {
        JsonNode all = CliRunner.run("search", "--index", index, "--json").json();
        JsonNode only2020 = CliRunner.run("search", "--index", index, "--json", "--from", "2020", "--to", "2020").json();
        long in2020 = facet(all, "published").get("2020");
        assertEquals(in2020, only2020.get("totalArticles").asLong());
        assertEquals(facet(all, "published"), facet(only2020, "published"), "published counts ignore the date filter");
        only2020.get("hits").forEach(h -> assertTrue(h.get("published").asText().startsWith("2020"), h.toString()));
        JsonNode bySource = CliRunner.run("search", "--index", index, "--json", "--source", "PA Media").json();
        assertEquals(1, bySource.get("totalArticles").asLong());
        assertEquals(3, facet(bySource, "source").size(), "the other sources stay visible");
    }

    @Test
    void dateRangeIsInclusiveAtMonthGranularity() {
        JsonNode jan = CliRunner.run("search", "--index", index, "--json", "--from", "2019-01", "--to", "2019-01", "--limit", "50",
                "--per-article", "1").json();
        assertTrue(jan.get("totalArticles").asLong() > 0);
        jan.get("hits").forEach(h -> assertTrue(h.get("published").asText().startsWith("2019-01"), h.toString()));
    }

    @Test
    void malformedQueriesGiveOneLineAndExitCode2() {
        for (String q : List.of("migrants AND", "\"unclosed phrase", "(brackets", "*gration", "nosuchfield:x")) {
            CliRunner.Result r = CliRunner.run("search", "--index", index, q);
            assertEquals(2, r.code(), q);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("newsidx: cannot parse query"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        CliRunner.Result badDate = CliRunner.run("search", "--index", index, "--from", "2023-13-45", "x");
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("--from 2023-13-45"), badDate.err());
        assertEquals(2, CliRunner.run("search", "--index", index, "--limit", "-1", "x").code());
    }

    @Test
    void textOutputCountsInTheSingularForOne() {
        CliRunner.Result r = CliRunner.run("search", "--index", index, "returns agreement", "--place", "France");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("9 passages in 1 article for \"returns agreement\""), r.out());
    }

    @Test
    void noResultsExitsWith1() {
        assertEquals(1, CliRunner.run("search", "--index", index, "xylophonistically").code());
    }

    @Test
    void aSearchWithoutWordsListsPassagesNewestFirst() {
        JsonNode hits = CliRunner.run("search", "--index", index, "--json", "--limit", "20", "--per-article", "2",
                "--place", "United Kingdom").json().get("hits");
        assertTrue(hits.size() >= 10, hits.toString());
        String previous = "9999";
        for (JsonNode h : hits) {
            String published = h.get("published").isNull() ? "" : h.get("published").asText();
            assertTrue(published.compareTo(previous) <= 0, previous + " then " + published);
            previous = published;
        }
    }

    @Test
    void statsCountsArticlesAndPassages() {
        JsonNode s = CliRunner.run("stats", "--index", index, "--json").json();
        assertEquals(51, s.get("articles").asLong());
        assertTrue(s.get("passages").asLong() > 51 * 3, s.toString());
        assertEquals("V2", s.get("layout").asText(), "a new index has the current layout");
    }

    @Test
    void quotesOfAPassageCarryTheirIds() {
        JsonNode hit = CliRunner.run("search", "--index", index, "--json", "--source", "PA Media",
                "\"agreement between the UK and France\"").json().get("hits").get(0);
        String passageId = hit.get("passageId").asText();
        CliRunner.Result r = CliRunner.run("quotes", "--index", index, "--json", passageId);
        assertEquals(0, r.code(), r.err());
        JsonNode quote = r.json().get(0);
        assertTrue(quote.get("text").asText().contains("an agreement between the UK and France"));
        assertEquals(passageId, quote.get("passageId").asText());
        assertEquals(hit.get("articleId").asText(), quote.get("articleId").asText());
        CliRunner.Result unknown = CliRunner.run("quotes", "--index", index, "--json", "nosuch#1");
        assertEquals(1, unknown.code(), "an id that names nothing: no results, as for show");
        assertEquals("newsidx: no passage with id nosuch#1 in " + index + "\n", unknown.err());
    }

    @Test
    void showPassageAndArticle() {
        JsonNode hit = CliRunner.run("search", "--index", index, "--json", "Sangatte").json().get("hits").get(0);
        JsonNode p = CliRunner.run("show", "--index", index, "--json", hit.get("passageId").asText()).json();
        assertEquals(hit.get("text").asText(), p.get("text").asText());
        JsonNode a = CliRunner.run("show", "--index", index, "--json", hit.get("articleId").asText()).json();
        assertTrue(a.get("text").asText().contains(p.get("text").asText()));
        assertEquals(1, CliRunner.run("show", "--index", index, "0000000000000000").code());
    }

    @Test
    void facetsCommandListsTopValues() {
        JsonNode f = CliRunner.run("facets", "--index", index, "--json", "source").json();
        assertEquals("Wikinews", f.get("values").get(0).get("value").asText());
        assertEquals(33, f.get("values").get(0).get("count").asLong());
        assertEquals(2, CliRunner.run("facets", "--index", index, "nosuchdim").code());
    }

    @Test
    void analyzePlainKeepsTheFileTextAndOffsets() throws Exception {
        CliRunner.Result r = CliRunner.run("analyze", "--plain", "--date", "2023-08-14", "--json", SEED);
        assertEquals(0, r.code(), r.err());
        JsonNode o = r.json();
        String text = o.get("text").asText();
        assertEquals(Files.readString(Path.of(SEED)), text);
        assertEquals("2023-08-14", o.get("published").asText());
        for (String kind : List.of("passages", "entities", "dates", "quotes")) {
            assertTrue(o.get(kind).isArray(), kind);
        }
        o.get("entities").forEach(e -> assertEquals(e.get("text").asText(),
                text.substring(e.get("start").asInt(), e.get("end").asInt())));
        o.get("quotes").forEach(q -> assertEquals(q.get("text").asText(),
                text.substring(q.get("start").asInt(), q.get("end").asInt())));
    }

    @Test
    void indexingAMissingFolderIsAUsageError() {
        CliRunner.Result r = CliRunner.run("index", "--index", tmp.resolve("other").toString(), "no/such/folder");
        assertEquals(2, r.code());
        assertEquals("newsidx: no such file or folder: no/such/folder", r.err().strip());
    }

    @Test
    void missingIndexIsOneLineAndExitCode2() {
        CliRunner.Result r = CliRunner.run("search", "--index", tmp.resolve("nothing-here").toString(), "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no index at"), r.err());
    }
}
