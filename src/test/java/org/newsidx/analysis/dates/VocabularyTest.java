package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final List<String> WORDS = List.of("the", "last", "march", "week", "in", "won't", "'ll");
    private final Vocabulary vocabulary = new Vocabulary(WORDS);

    private int find(String text, String word) {
        int s = text.indexOf(word);
        return vocabulary.find(text, s, s + word.length());
    }

    @Test
    void findsWordsInAnyCaseWithoutMakingStrings() {
        String text = "THE company said last March that The merger won't close this week.";
        assertEquals(WordSet.id("the"), find(text, "THE"));
        assertEquals(WordSet.id("the"), find(text, "The"));
        assertEquals(WordSet.id("march"), find(text, "March"));
        assertEquals(WordSet.id("won't"), find(text, "won't"));
        assertEquals(WordSet.id("week"), find(text, "week"));
        assertEquals(-1, find(text, "company"));
        assertEquals(-1, find(text, "merger"));
        assertEquals(-1, find(text, "clos")); // a prefix of a word is no word
        assertEquals("march", vocabulary.word(WordSet.id("march")));
        assertNull(vocabulary.word(WordSet.id("company")));
    }

    @Test
    void arrayLookupWithTheCallersHashAgreesWithTheStringLookup() {
        String text = "Shares fell 3 pct in the first week of March, dealers said.";
        char[] chars = text.toCharArray();
        for (String w : text.split("[^A-Za-z']+")) {
            int s = text.indexOf(w);
            int hash = 0;
            for (int i = s; i < s + w.length(); i++) {
                hash = Vocabulary.step(hash, chars[i]);
            }
            assertEquals(vocabulary.find(text, s, s + w.length()), vocabulary.find(chars, s, s + w.length(), hash), w);
        }
    }

    @Test
    void nonAsciiWordsAreLowerCasedAsStringToLowerCaseDoes() {
        // the Kelvin sign lower-cases to a plain k; a dotted capital I to "i" and a combining dot
        String kelvin = "Prices rose this WEE\u212A, traders said.";
        assertEquals("week", "WEE\u212A".toLowerCase(Locale.ROOT));
        assertEquals(WordSet.id("week"), find(kelvin, "WEE\u212A"));
        String dotted = "Talks resumed \u0130N Ankara on Monday.";
        assertEquals(-1, find(dotted, "\u0130N"));
    }
}
