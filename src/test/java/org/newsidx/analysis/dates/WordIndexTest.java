package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordIndexTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(Set.of("the", "that", "monday", "march", "by"));
    private static final String TEXT = "The company said on Monday that 1,250 jobs would go by March 2024, the union said.";

    @Test
    void keepsNumbersAndVocabularyWordsOnly() {
        WordIndex words = new WordIndex(TEXT, VOCABULARY);
        List<String> kept = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            kept.add(words.word(i));
            lower.add(words.vocabularyWord(i));
        }
        assertEquals(List.of("The", "Monday", "that", "1", "250", "by", "March", "2024", "the"), kept);
        assertEquals(java.util.Arrays.asList("the", "monday", "that", null, null, "by", "march", null, "the"), lower);
    }

    @Test
    void runsThePatternOnlyAtTriggersThatPassThePrecheck() {
        WordIndex words = new WordIndex(TEXT, VOCABULARY);
        Pattern monthYear = Pattern.compile("(?:by\\s+)?March\\s+\\d{4}|\\d{4}");
        List<String> found = new ArrayList<>();
        words.forEachMatch(monthYear, WordSet.of("by", "march"), true, WordIndex.Precheck.NONE,
                m -> found.add(m.group()));
        // "March 2024" and "2024" lie inside the match at "by": matches do not overlap
        assertEquals(List.of("by March 2024"), found);

        found.clear();
        WordIndex.Precheck notBy = (text, s, e, word) -> !"by".equals(word);
        words.forEachMatch(monthYear, WordSet.of("by", "march"), true, notBy, m -> found.add(m.group()));
        assertEquals(List.of("March 2024"), found);

        found.clear();
        words.forEachMatch(monthYear, WordSet.EMPTY, true, WordIndex.Precheck.NONE, m -> found.add(m.group()));
        assertEquals(List.of("2024"), found);
    }

    @Test
    void longWordsAndWordsWithNonAsciiLettersAreLookedUpExactly() {
        Vocabulary vocabulary = new Vocabulary(Set.of("week", "the"));
        String text = "THE WEE\u212A of the Th\u00e9 festival, the weekend";
        WordIndex words = new WordIndex(text, vocabulary);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            kept.add(words.word(i));
        }
        assertEquals(List.of("THE", "WEE\u212A", "the", "the"), kept);
    }
}
