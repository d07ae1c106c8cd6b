package org.newsidx.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quoted strings of a text: “curly”, "straight", „German“, «guillemets», ``TeX''
 * and British ‘single’ marks. Marks inside an open quotation are nested and belong to it. A quotation
 * left open at a paragraph end continues when the next paragraph opens with a mark of the same kind
 * (the convention for a statement over several paragraphs); otherwise it is dropped as unterminated.
 * Apostrophes (don’t, Sunak’s, ’90s, rock 'n' roll) never open a quotation. Thread-safe.
 */
public final class QuoteMarkScanner {

    private enum Kind { CURLY, STRAIGHT, LOW, GUILLEMET, SINGLE_CURLY, SINGLE_STRAIGHT }

    /**
     * The quoted strings in the article's house style: single-quoted strings count only where they
     * outnumber double-quoted ones (British style); in a text that quotes with double marks, a top-level
     * single-quoted string is a headline quote or a stray mark.
     */
    public List<QuotedSpan> scanHouseStyle(String t) {
        List<QuotedSpan> all = scan(t);
        long single = all.stream().filter(QuotedSpan::single).count();
        if (single == 0 || single > all.size() - single + doubledApostrophes(t) / 2) {
            return all;
        }
        return all.stream().filter(s -> !s.single()).toList();
    }

    /**
     * How many '' pairs the text has: some archives write double quotation marks as two apostrophes,
     * and then single marks are quotations nested in them, not British-style quotations. (Those ''…''
     * quotations themselves are not extracted.)
     */
    private static int doubledApostrophes(String t) {
        int count = 0;
        for (int i = t.indexOf("''"); i >= 0; i = t.indexOf("''", i + 2)) {
            count++;
        }
        return count;
    }

    /** Every top-level quoted string, single-quoted ones included. */
    public List<QuotedSpan> scan(String t) {
        List<QuotedSpan> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!mayBeMark(c)) {
                i++;
                continue;
            }
            Kind kind = openerKind(t, i);
            if (kind == null) {
                i++;
                continue;
            }
            int openLen = (t.startsWith("``", i) || t.startsWith("‘‘", i)) ? 2 : 1;
            Kind effective = openLen == 2 ? Kind.CURLY : kind;
            int close = findClose(t, i, i + openLen, effective, out);
            if (close < 0) {
                i += openLen;
                continue;
            }
            i = close;
        }
        return out;
    }

    /**
     * Scans from {@code from} for the mark that closes the quotation opened at {@code start}; on success
     * adds the span and returns the index after it, otherwise returns -1 (and the caller moves on).
     */
    private int findClose(String t, int start, int from, Kind kind, List<QuotedSpan> out) {
        int n = t.length();
        boolean nested = false;
        int paragraphs = 1;
        int openLen = from - start;
        int i = from;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '\n') {
                int j = i;
                while (j < n && (t.charAt(j) == '\n' || t.charAt(j) == '\r' || t.charAt(j) == ' '
                        || t.charAt(j) == '\t' || t.charAt(j) == '\u00A0')) {
                    j++;
                }
                if (j < n && reopens(t, j, kind)) {
                    paragraphs++;
                    nested = false;
                    i = j + 1;
                    continue;
                }
                return -1;
            }
            switch (kind) {
                case CURLY -> {
                    if (c == '”' || c == '"') {
                        return add(out, t, start, i + 1, openLen, 1, paragraphs);
                    }
                    if ((c == '’' && i + 1 < n && t.charAt(i + 1) == '’') || (c == '\'' && i + 1 < n && t.charAt(i + 1) == '\'')) {
                        return add(out, t, start, i + 2, openLen, 2, paragraphs);
                    }
                    if (c == '“' || c == '‟') {
                        // an unclosed quotation re-opened: start again from here
                        return -1;
                    }
                }
                case STRAIGHT -> {
                    if (c == '"') {
                        return add(out, t, start, i + 1, openLen, 1, paragraphs);
                    }
                    if (c == '“') {
                        nested = true;
                    } else if (c == '”') {
                        if (nested) {
                            nested = false;
                        } else {
                            return add(out, t, start, i + 1, openLen, 1, paragraphs);
                        }
                    }
                }
                case LOW -> {
                    if (c == '“' || c == '”') {
                        return add(out, t, start, i + 1, openLen, 1, paragraphs);
                    }
                }
                case GUILLEMET -> {
                    if (c == '»') {
                        return add(out, t, start, i + 1, openLen, 1, paragraphs);
                    }
                }
                case SINGLE_CURLY -> {
                    if (c == '’' && closesSingle(t, i) && !possessiveBeforeLaterClose(t, i, '’')) {
                        return add(out, t, start, i + 1, openLen, 1, paragraphs);
                    }
                    if (c == '“') {
                        int inner = t.indexOf('”', i + 1);
                        if (inner > 0 && t.lastIndexOf('\n', inner) < i) {
                            i = inner + 1;
                            continue;
                        }
                    }
                }
                case SINGLE_STRAIGHT -> {
                    if (c == '\'' && closesSingle(t, i) && !possessiveBeforeLaterClose(t, i, '\'')) {
                        return add(out, t, start, i + 1, openLen, 1, paragraphs);
                    }
                    if (c == '"') {
                        int inner = t.indexOf('"', i + 1);
                        if (inner > 0 && t.lastIndexOf('\n', inner) < i) {
                            i = inner + 1;
                            continue;
                        }
                    }
                }
                default -> { }
            }
            i++;
        }
        return -1;
    }

    private static int add(List<QuotedSpan> out, String t, int start, int end, int openLen, int closeLen, int paragraphs) {
        if (end - start > openLen + closeLen) {
            out.add(new QuotedSpan(start, end, start + openLen, end - closeLen, t.substring(start, start + openLen),
                    paragraphs));
        }
        return end;
    }

    private static boolean mayBeMark(char c) {
        return c < 128 ? c == '"' || c == '\'' || c == '`' : c == '“' || c == '‘' || c == '„' || c == '«' || c == '‟';
    }

    private static Kind openerKind(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '“', '‟' -> Kind.CURLY;
            case '"' -> Kind.STRAIGHT;
            case '„' -> Kind.LOW;
            case '«' -> Kind.GUILLEMET;
            case '`' -> t.startsWith("``", i) ? Kind.CURLY : null;
            case '‘' -> t.startsWith("‘‘", i) ? Kind.CURLY : (opensSingle(t, i) ? Kind.SINGLE_CURLY : null);
            case '\'' -> opensSingle(t, i) ? Kind.SINGLE_STRAIGHT : null;
            default -> null;
        };
    }

    private static boolean reopens(String t, int j, Kind kind) {
        char c = t.charAt(j);
        return switch (kind) {
            case CURLY, STRAIGHT -> c == '“' || c == '"' || c == '‟' || t.startsWith("``", j);
            case LOW -> c == '„';
            case GUILLEMET -> c == '«';
            case SINGLE_CURLY -> c == '‘';
            case SINGLE_STRAIGHT -> c == '\'';
        };
    }

    /** A single mark opens a quotation after a non-word character and before a letter (not ’90s, 'em). */
    private static boolean opensSingle(String t, int i) {
        if (i > 0) {
            char p = t.charAt(i - 1);
            if (Character.isLetterOrDigit(p) || p == '\'' || p == '’') {
                return false;
            }
        }
        if (i + 1 >= t.length()) {
            return false;
        }
        char next = t.charAt(i + 1);
        if (!(Character.isLetter(next) || next == '.' || next == '…')) {
            return false;
        }
        String rest = t.substring(i + 1, Math.min(t.length(), i + 6)).toLowerCase(java.util.Locale.ROOT);
        for (String elided : new String[] {"em ", "em,", "em.", "til ", "n ", "n'", "n’", "cause ", "tis ", "twas "}) {
            if (rest.startsWith(elided)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the workers’ claims": a mark after an "s" and before a lower-case word is a plural possessive when a
     * clearer closing mark follows in the same paragraph.
     */
    private static boolean possessiveBeforeLaterClose(String t, int i, char mark) {
        if (t.charAt(i - 1) != 's' || i + 2 >= t.length() || t.charAt(i + 1) != ' '
                || !Character.isLowerCase(t.charAt(i + 2))) {
            return false;
        }
        for (int j = i + 1; j < t.length() && t.charAt(j) != '\n'; j++) {
            if (t.charAt(j) == mark && closesSingle(t, j) && (j + 1 >= t.length() || !Character.isLetter(t.charAt(j + 1))
                    && (j + 2 >= t.length() || t.charAt(j + 1) != ' ' || !Character.isLowerCase(t.charAt(j + 2))))) {
                return true;
            }
        }
        return false;
    }

    /** A single mark closes after a non-space character and before a non-letter (not don’t, Sunak’s). */
    private static boolean closesSingle(String t, int i) {
        if (i == 0 || WordTokenizer.isSpace(t.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1));
    }
}
