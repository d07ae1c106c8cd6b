package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {

    private final NerTokenizer tokenizer = new NerTokenizer();

    private List<String> words(String text) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets of " + t);
        }
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void splitsPossessivesAndCurlyQuotesButKeepsHyphenatedWords() {
        assertEquals(List.of("Ms", "von", "der", "Leyen", "’s", "head", "of", "cabinet", "said", "the", "“",
                        "commission", "is", "not", "open", "to", "a", "UK-EU", "readmissions", "agreement", "”", "."),
                words("Ms von der Leyen’s head of cabinet said the “commission is not open to a UK-EU readmissions agreement”."));
    }

    @Test
    void keepsAbbreviationsAndInitials() {
        assertEquals(List.of("The", "U.S.", "and", "Mr.", "J.", "Smith", "went", "to", "St.", "Louis", ",", "Mo."),
                words("The U.S. and Mr. J. Smith went to St. Louis, Mo."));
    }

    @Test
    void stateAbbreviationsKeepTheirDotOnlyWhenCapitalised() {
        assertEquals(List.of("GREENWICH", ",", "Conn.", ",", "Feb", "26", "-", "He", "was", "ill", "."),
                words("GREENWICH, Conn., Feb 26 - He was ill."));
    }

    @Test
    void tokenisesPreTokenisedTextAsGiven() {
        assertEquals(List.of("EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."),
                words("EU rejects German call to boycott British lamb ."));
    }

    @Test
    void respectsTheRangeAndParentheses() {
        String text = "Intro. (Kin Cheung/PA) end";
        List<Token> tokens = tokenizer.tokenize(text, 7, 22);
        assertEquals(List.of("(", "Kin", "Cheung/PA", ")"), tokens.stream().map(Token::text).toList());
        assertEquals(7, tokens.get(0).start());
    }
}
