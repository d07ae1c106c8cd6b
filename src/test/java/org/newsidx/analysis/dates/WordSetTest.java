package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void membershipByWordNumber() {
        WordSet triggers = WordSet.of("last", "next", "this");
        assertTrue(triggers.contains(WordSet.id("next")));
        assertTrue(triggers.contains("this"));
        assertFalse(triggers.contains(WordSet.id("yesterday")));
        assertFalse(triggers.contains(-1));
        assertFalse(WordSet.EMPTY.contains(WordSet.id("last")));
        assertEquals(Set.of("last", "next", "this"), triggers.words());
    }

    @Test
    void numbersAreStableAndDistinct() {
        assertEquals(WordSet.id("fiscal"), WordSet.id("fiscal"));
        assertFalse(WordSet.id("fiscal") == WordSet.id("calendar"));
        // a number far beyond the set's own words is simply not in it
        WordSet small = WordSet.of("the");
        for (int i = 0; i < 200; i++) {
            WordSet.id("filler" + i);
        }
        assertFalse(small.contains(WordSet.id("filler199")));
    }
}
