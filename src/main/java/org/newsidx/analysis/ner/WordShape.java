package org.newsidx.analysis.ner;

/** Word shapes: "Macron" -> "Xxxxx" (long form, runs capped at 4) and "Xx" (short form, runs collapsed). */
final class WordShape {

    private WordShape() {
    }

    static String longShape(String w) {
        StringBuilder sb = new StringBuilder(Math.min(w.length(), 16));
        char last = 0;
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = classOf(w.charAt(i));
            if (c == last) {
                if (++run > 4) {
                    continue;
                }
            } else {
                run = 1;
                last = c;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String shortShape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = classOf(w.charAt(i));
            if (c != last) {
                sb.append(c);
                last = c;
            }
        }
        return sb.toString();
    }

    private static char classOf(char ch) {
        if (Character.isUpperCase(ch)) {
            return 'X';
        }
        if (Character.isLetter(ch)) {
            return 'x';
        }
        if (Character.isDigit(ch)) {
            return 'd';
        }
        return StringHash.fold(ch);
    }
}
