package org.newsidx.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LookaheadTest {

    /** The end of the first occurrence of {@code word} in {@code text}. */
    private static int after(String text, String word) {
        return text.indexOf(word) + word.length();
    }

    @Test
    void spacesThenOneOfTheWords() {
        String text = "Officials met the previous day and again the  Following\nmorning.";
        assertTrue(Lookahead.spaceThen(text, after(text, "met the"), Lookahead.Words.of("previous", "following")));
        assertTrue(Lookahead.spaceThen(text, after(text, "again the"), Lookahead.Words.of("previous", "following")));
        assertFalse(Lookahead.spaceThen(text, after(text, "met"), Lookahead.Words.of("previous", "following")));
        String noSpace = "The the-previous-day figure";
        assertFalse(Lookahead.spaceThen(noSpace, after(noSpace, "The the"), Lookahead.Words.of("previous")));
        String atEnd = "It happened earlier";
        assertFalse(Lookahead.spaceThen(atEnd, atEnd.length(), Lookahead.Words.of("in")));
    }

    @Test
    void spacesOrDashesThenAWordOrADigit() {
        String text = "Output peaked in mid-1999 and fell by late - March, then early  April.";
        assertTrue(Lookahead.spaceOrDashThenChar(text, after(text, "mid"), '1', '2'));
        assertTrue(Lookahead.spaceOrDashThen(text, after(text, "late"), Lookahead.Words.of("mar", "apr")));
        assertTrue(Lookahead.spaceOrDashThen(text, after(text, "early"), Lookahead.Words.of("mar", "apr")));
        assertFalse(Lookahead.spaceOrDashThenChar(text, after(text, "Output"), '1', '2'));
        assertFalse(Lookahead.spaceOrDashThen(text, after(text, "peak"), Lookahead.Words.of("mar")));
    }

    @Test
    void wordsMustBeLowerCaseAscii() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Lookahead.Words.of("The"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Lookahead.Words.of("year's"));
    }

    @Test
    void spacesThenACharFromASet() {
        String text = "due in 8 December and 15th of June";
        assertTrue(Lookahead.spaceThenCharIn(text, after(text, "8"), "JFMASONDo"));
        assertTrue(Lookahead.spaceThenCharIn(text, after(text, "15th"), "JFMASONDo"));
        assertFalse(Lookahead.spaceThenCharIn(text, after(text, "due"), "JFMASONDo"));
    }

    @Test
    void digitsCapitalsAndSingleChars() {
        String text = "The 1987-88 season, up 12/3 and 1,250 Dlrs";
        int s = text.indexOf("1987");
        assertTrue(Lookahead.asciiDigits(text, s, s + 4, 4, 4));
        assertFalse(Lookahead.asciiDigits(text, s, s + 4, 1, 3));
        assertTrue(Lookahead.charAt(text, s + 4, '-'));
        assertTrue(Lookahead.charAt(text, text.indexOf("12/") + 2, '/'));
        assertFalse(Lookahead.charAt(text, text.length(), '/'));
        assertTrue(Lookahead.upperAt(text, 0));
        assertTrue(Lookahead.upperAt(text, text.indexOf("Dlrs")));
        assertFalse(Lookahead.upperAt(text, text.indexOf("season")));
        int arabic = "\u0661\u0669\u0668\u0667".length();
        assertFalse(Lookahead.asciiDigits("\u0661\u0669\u0668\u0667", 0, arabic, 4, 4));
    }
}
