package org.newsidx.analysis.dates;

/** The words right before or after a position, for context checks ("in March", "Mail on Sunday"). */
final class NeighbourWords {

    private NeighbourWords() {
    }

    /** Start index of the word ending right before {@code pos} (spaces skipped), or -1 if none. */
    static int startOfWordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && isWordChar(text.charAt(s - 1))) {
            s--;
        }
        return s == e ? -1 : s;
    }

    /** The word ending right before {@code pos} (spaces skipped), or "" if none. */
    static String wordBefore(String text, int pos) {
        int s = startOfWordBefore(text, pos);
        if (s < 0) {
            return "";
        }
        int e = s;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** The word starting right after {@code pos} (spaces skipped), or "" if none. */
    static String wordAfter(String text, int pos) {
        int s = pos;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
