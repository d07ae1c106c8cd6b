package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.SentenceSplitter;

/** The seed article (PA Media, copied as a test resource): the entities issue 3 names, and no junk. */
class SeedArticleEntitiesTest {

    private static String text;
    private static List<EntityMention> mentions;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = SeedArticleEntitiesTest.class.getResourceAsStream("seed-article-pa-media.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        mentions = StatisticalEntityRecognizer.shared().recognize(text, new SentenceSplitter().split(text));
    }

    @Test
    void findsThePeopleUnderTheirFullNames() {
        Set<String> people = canonicalOf(EntityType.PERSON);
        for (String name : List.of("Rishi Sunak", "Emmanuel Macron", "Ursula von der Leyen", "Bjoern Siebert",
                "Tim Barrow")) {
            assertTrue(people.contains(name), name + " in " + people);
        }
    }

    @Test
    void shortReferencesCountUnderTheFullName() {
        for (EntityMention m : mentions) {
            if (m.text().equals("Macron")) {
                assertEquals("Emmanuel Macron", m.canonical());
            }
            if (m.text().equals("Sunak")) {
                assertEquals("Rishi Sunak", m.canonical());
            }
            if (m.text().equals("von der Leyen")) {
                assertEquals("Ursula von der Leyen", m.canonical());
            }
        }
        long macron = mentions.stream().filter(m -> m.text().endsWith("Macron")).count();
        assertEquals(3, macron, "Emmanuel Macron (twice) and Mr Macron");
    }

    @Test
    void findsTheOrganisations() {
        Set<String> orgs = textsOf(EntityType.ORG);
        for (String name : List.of("European Commission", "Council of Europe", "Cabinet Office", "The Times",
                "Daily Mail")) {
            assertTrue(orgs.contains(name), name + " in " + orgs);
        }
    }

    @Test
    void findsThePlaces() {
        Set<String> places = textsOf(EntityType.PLACE);
        for (String name : List.of("France", "Paris", "Brussels", "Iceland", "Italy", "Greece", "Sangatte")) {
            assertTrue(places.contains(name), name + " in " + places);
        }
    }

    @Test
    void countryAliasesShareOneValue() {
        for (EntityMention m : mentions) {
            if (m.text().equals("UK") || m.text().equals("Britain")) {
                assertEquals("United Kingdom", m.canonical(), m.toString());
            }
        }
    }

    @Test
    void noJunk() {
        Set<String> pronouns = Set.of("he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
                "our", "but", "the", "a", "if", "mr", "ms");
        for (EntityMention m : mentions) {
            assertFalse(m.text().contains("UK-EU"), m.toString());
            assertFalse(m.text().contains("Brexit"), m.toString());
            assertFalse(pronouns.contains(m.text().toLowerCase(Locale.ROOT)), m.toString());
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
        }
    }

    private static Set<String> canonicalOf(EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).map(EntityMention::canonical).collect(Collectors.toSet());
    }

    private static Set<String> textsOf(EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).map(EntityMention::text).collect(Collectors.toSet());
    }
}
