package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running index follows changed, deleted and new files, and skips unchanged ones. */
class IncrementalIndexTest {

    @Test
    void changedDeletedAndNewFilesAreFollowed(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path samples = Path.of("samples/wikinews");
        String a = "2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt";
        String b = "2019-01-06-senator-ted-cruz-proposes-amendment-to-u-s-constitution-setting-congre.md";
        String c = "2019-01-14-arrest-made-as-mayor-of-gdask-poland-stabbed-on-stage.html";
        String d = "2019-01-24-car-bomb-ramming-attack-kills-dozens-at-military-base-in-maidan-wardak.json";
        for (String f : new String[] {a, b, c}) {
            Files.copy(samples.resolve(f), corpus.resolve(f));
        }
        String index = tmp.resolve("index").toString();
        JsonNode first = CliRunner.run("index", "--index", index, "--json", corpus.toString()).json();
        assertEquals(3, first.get("articlesAdded").asInt());
        assertEquals(1, CliRunner.run("search", "--index", index, "zebracorn").code());
        assertEquals(0, CliRunner.run("search", "--index", index, "Magnitogorsk").code());

        Files.writeString(corpus.resolve(b), "\nA zebracorn was seen near the Capitol.\n", StandardOpenOption.APPEND);
        Files.delete(corpus.resolve(a));
        Files.copy(samples.resolve(d), corpus.resolve(d));

        CliRunner.Result again = CliRunner.run("index", "--index", index, "--json", corpus.toString());
        JsonNode second = again.json();
        assertEquals(1, second.get("articlesAdded").asInt(), again.out());
        assertEquals(1, second.get("articlesUpdated").asInt());
        assertEquals(1, second.get("articlesRemoved").asInt());
        assertEquals(1, second.get("filesUnchanged").asInt());

        assertEquals(0, CliRunner.run("search", "--index", index, "zebracorn").code());
        assertEquals(1, CliRunner.run("search", "--index", index, "Magnitogorsk").code(), "deleted file's passages are gone");
        assertEquals(0, CliRunner.run("search", "--index", index, "Wardak").code());
        JsonNode stats = CliRunner.run("stats", "--index", index, "--json").json();
        assertEquals(3, stats.get("articles").asInt(), "each article exactly once");

        JsonNode third = CliRunner.run("index", "--index", index, "--json", corpus.toString()).json();
        assertEquals(3, third.get("filesUnchanged").asInt());
        assertEquals(0, third.get("articlesAdded").asInt() + third.get("articlesUpdated").asInt()
                + third.get("articlesRemoved").asInt());
        assertTrue(third.get("seconds").asDouble() >= 0);
    }

    @Test
    void aFileNamedTwiceInOneRunIsIndexedOnce(@TempDir Path tmp) {
        // new files are added without a delete term, so the walk must not hand the same file over twice
        String index = tmp.resolve("index").toString();
        String folder = "samples/wikinews";
        String file = folder + "/2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt";
        JsonNode run = CliRunner.run("index", "--index", index, "--json", folder, file).json();
        JsonNode stats = CliRunner.run("stats", "--index", index, "--json").json();
        assertEquals(run.get("articlesAdded").asInt(), stats.get("articles").asInt());
        JsonNode hits = CliRunner.run("search", "--index", index, "--json", "Magnitogorsk").json();
        assertEquals(1, hits.get("totalArticles").asInt());
    }
}
