package org.newsidx.analysis;

import java.util.ArrayList;
import java.util.List;
import org.newsidx.ingest.ArticleIds;

/**
 * Splits article text into passages: one per paragraph; a paragraph over {@link #MAX_WORDS} words is
 * cut at sentence boundaries into windows of at most that many words (a single longer sentence at
 * word boundaries). Each line of a block is its own paragraph (headings and captions stay short
 * passages) unless the block is hard-wrapped prose, whose lines are joined.
 */
public final class PassageSplitter {

    public static final int MAX_WORDS = 120;

    private final SentenceSplitter sentences;

    public PassageSplitter(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    public List<Passage> split(String articleId, String text) {
        List<int[]> paragraphs = paragraphs(text);
        List<Passage> out = new ArrayList<>();
        for (int[] p : paragraphs) {
            for (int[] w : windows(text, p[0], p[1])) {
                out.add(new Passage(ArticleIds.passageId(articleId, out.size() + 1), out.size() + 1, w[0], w[1]));
            }
        }
        return out;
    }

    /** Paragraph ranges: blocks between blank lines, each line on its own unless the block is hard-wrapped. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int blockEnd = blockEnd(text, i);
            List<int[]> lines = lines(text, i, blockEnd);
            if (isHardWrapped(text, lines)) {
                out.add(new int[] {lines.get(0)[0], lines.get(lines.size() - 1)[1]});
            } else {
                out.addAll(lines);
            }
            i = blockEnd;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return out;
    }

    private static int blockEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return i;
            }
            i = text.indexOf('\n', j);
        }
        return text.length();
    }

    private static List<int[]> lines(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        while (s < to) {
            int e = text.indexOf('\n', s);
            if (e < 0 || e > to) {
                e = to;
            }
            int a = s;
            int b = e;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new int[] {a, b});
            }
            s = e + 1;
        }
        return out;
    }

    /** Three or more lines of similar width that mostly do not end a sentence: wrapped prose. */
    private static boolean isHardWrapped(String text, List<int[]> lines) {
        if (lines.size() < 3) {
            return false;
        }
        int open = 0;
        for (int k = 0; k < lines.size() - 1; k++) {
            int len = lines.get(k)[1] - lines.get(k)[0];
            if (len < 40 || len > 100) {
                return false;
            }
            char last = text.charAt(lines.get(k)[1] - 1);
            if (last != '.' && last != '!' && last != '?' && last != '"' && last != '”' && last != ':') {
                open++;
            }
        }
        return open * 2 >= lines.size() - 1;
    }

    private List<int[]> windows(String text, int start, int end) {
        if (countWords(text, start, end) <= MAX_WORDS) {
            return List.of(new int[] {start, end});
        }
        List<int[]> out = new ArrayList<>();
        int winStart = -1;
        int winEnd = -1;
        int winWords = 0;
        for (Sentence s : sentences.split(text.substring(start, end))) {
            int a = start + s.start();
            int b = start + s.end();
            int words = countWords(text, a, b);
            if (winStart >= 0 && winWords + words > MAX_WORDS) {
                out.add(new int[] {winStart, winEnd});
                winStart = -1;
                winWords = 0;
            }
            if (words > MAX_WORDS) {
                out.addAll(cutAtWords(text, a, b));
                continue;
            }
            if (winStart < 0) {
                winStart = a;
            }
            winEnd = b;
            winWords += words;
        }
        if (winStart >= 0) {
            out.add(new int[] {winStart, winEnd});
        }
        return out;
    }

    private static List<int[]> cutAtWords(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int a = start;
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                if (words == MAX_WORDS) {
                    int b = i;
                    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                        b--;
                    }
                    out.add(new int[] {a, b});
                    a = i;
                    words = 0;
                }
                words++;
            }
            inWord = !space;
        }
        out.add(new int[] {a, end});
        return out;
    }

    static int countWords(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
