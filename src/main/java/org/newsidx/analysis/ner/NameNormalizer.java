package org.newsidx.analysis.ner;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Corpus-wide spelling normalisation of entity names: typographic apostrophes and quotes folded, diacritics
 * removed, possessive {@code 's} and surrounding punctuation dropped, white space collapsed, and ALL-CAPS
 * names (headlines, wire datelines) put in title case. Thread-safe.
 */
public final class NameNormalizer {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private NameNormalizer() {
    }

    /** The display form of a name: "MACRON’S" -> "Macron", "Bjørn Siebért" -> "Bjorn Siebert". */
    public static String normalize(String name) {
        String s = foldTypography(name).strip();
        if (!isAscii(s)) {
            s = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = s.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace("ß", "ss")
                .replace("æ", "ae").replace("Æ", "Ae").replace('đ', 'd').replace('ı', 'i');
        s = collapseSpaces(withoutBrackets(s));
        if (s.endsWith("'s") || s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s'")) {
            s = s.substring(0, s.length() - 1);
        }
        s = trimPunctuation(s);
        if (isShouted(s)) {
            s = titleCase(s);
        }
        return s;
    }

    /**
     * Brackets are no part of a name. A span that runs into an opening bracket ends before it: what
     * follows is an abbreviation or a note ("British National Party(BNP", "Lloyd (Saracens"); a closing
     * bracket alone is the end of an editor's insertion inside a quotation, and goes ("(Prime Minister
     * Yasuhiro) Nakasone" gives "Yasuhiro) Nakasone").
     */
    private static String withoutBrackets(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '(' || c == '[') && i > 0) {
                return withoutBrackets(s.substring(0, i));
            }
            if (c == '(' || c == ')' || c == '[' || c == ']') {
                return s.replace('(', ' ').replace(')', ' ').replace('[', ' ').replace(']', ' ');
            }
        }
        return s;
    }

    /** The matching key of a name: normalised, lower-cased, dots dropped, leading "the" dropped. */
    public static String key(String name) {
        String s = normalize(name).toLowerCase(Locale.ROOT).replace(".", "");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return collapseSpaces(s).strip();
    }

    private static String collapseSpaces(String s) {
        if (spacesCollapsed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@link #collapseSpaces} would return {@code s} unchanged: its only spaces are single ' ' between words. */
    private static boolean spacesCollapsed(String s) {
        int last = s.length() - 1;
        boolean previous = false;
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (space && (c != ' ' || i == 0 || i == last || previous)) {
                return false;
            }
            previous = space;
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String foldTypography(String s) {
        int same = 0;
        while (same < s.length() && StringHash.fold(s.charAt(same)) == s.charAt(same)) {
            same++;
        }
        if (same == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(StringHash.fold(s.charAt(i)));
        }
        return sb.toString();
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * The display form of the place of a wire dateline, already {@link #normalize normalised}: also in
     * title case when it is in capitals with a word of four letters or more, or of several words
     * ("BONN", "LA PAZ", "ST. PAUL"). Shorter capitals stay: "NYC" is an abbreviation, not a word.
     */
    public static String placeName(String normalised) {
        Capitals c = Capitals.of(normalised);
        return c != null && (c.longestWord >= 4 || c.spaceAfterWord) ? titleCase(normalised) : normalised;
    }

    /**
     * A headline's or a dateline's name in capitals: a word of five or more letters or several words of
     * three or more ("BRUSSELS", "NEW YORK"; not "NATO", "US EPA").
     */
    private static boolean isShouted(String s) {
        Capitals c = Capitals.of(s);
        return c != null && (c.longestWord >= 5 || c.wordsOfThree >= 2);
    }

    /**
     * The letter runs of a name whose letters are all capitals: the longest, how many have three letters
     * or more, whether a space follows one ("LA PAZ"; not "U.S.").
     */
    private record Capitals(int longestWord, int wordsOfThree, boolean spaceAfterWord) {

        /** Null when a letter is in lower case, or there is none. */
        static Capitals of(String s) {
            int run = 0;
            int longest = 0;
            int ofThree = 0;
            boolean spaceAfterWord = false;
            for (int i = 0; i <= s.length(); i++) {
                char c = i < s.length() ? s.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return null;
                    }
                    run++;
                } else {
                    longest = Math.max(longest, run);
                    ofThree += run >= 3 ? 1 : 0;
                    spaceAfterWord |= c == ' ' && run > 0 && i < s.length();
                    run = 0;
                }
            }
            return longest == 0 ? null : new Capitals(longest, ofThree, spaceAfterWord);
        }
    }

    /** Words that stay in lower case inside a name put in title case: "Bank of England", "Rio de Janeiro". */
    private static final Set<String> PARTICLES = Set.of("of", "the", "and", "de", "da", "do",
            "dos", "das", "del", "della", "di", "du", "des", "von", "van", "der", "den", "y");

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        int wordStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                sb.append(start ? c : Character.toLowerCase(c));
                start = false;
            } else {
                if (c == ' ' && wordStart > 0 && PARTICLES.contains(sb.substring(wordStart).toLowerCase(Locale.ROOT))) {
                    sb.replace(wordStart, sb.length(), sb.substring(wordStart).toLowerCase(Locale.ROOT));
                }
                if (i < s.length()) {
                    sb.append(c);
                }
                start = c == ' ' || c == '-';
                if (c == ' ') {
                    wordStart = sb.length();
                }
            }
        }
        return sb.toString();
    }
}
