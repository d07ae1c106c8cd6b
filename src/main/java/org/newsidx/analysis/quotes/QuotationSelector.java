package org.newsidx.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which quoted strings of an article are quotations and whose: each gets the attribution of
 * its own sentence; one without takes that of a quotation earlier in the same sentence, of the
 * quotation it continues (the previous one, in the same or the previous paragraph, when it opens its
 * sentence) or of a quotation later in the same paragraph that it leads into. Titles, scare quotes and
 * markup are dropped. Thread-safe.
 */
public final class QuotationSelector {

    /** A quotation kept: its span, its attribution (null when unattributed), whether it is partial. */
    public record Selected(QuotedSpan span, Attribution attribution, boolean partial) {
    }

    private final AttributionFinder finder;
    private final NonQuotationDetector detector = new NonQuotationDetector();

    public QuotationSelector(AttributionFinder finder) {
        this.finder = finder;
    }

    public List<Selected> select(String text, List<QuotedSpan> spans) {
        int n = spans.size();
        Attribution[] own = new Attribution[n];
        boolean[] opensSentence = new boolean[n];
        int[] paragraph = paragraphIndexes(text, spans);
        for (int q = 0; q < n; q++) {
            own[q] = finder.find(text, spans, q);
            opensSentence[q] = isBlank(text, ClauseBoundaries.leftStart(text, spans, q), spans.get(q).start());
        }
        Attribution[] attribution = own.clone();
        for (int q = 0; q + 1 < n; q++) {
            // "The scheme was a “good idea” that brought “real results,” he said."
            if (own[q] != null && own[q].cue() == null && own[q + 1] != null && own[q + 1].cue() != null
                    && ClauseBoundaries.sameSentenceAsPrevious(text, spans, q + 1)) {
                attribution[q] = own[q + 1];
            }
        }
        for (int q = 1; q < n; q++) {
            if (attribution[q] == null && ClauseBoundaries.sameSentenceAsPrevious(text, spans, q)) {
                attribution[q] = attribution[q - 1];
            }
        }
        for (int q = n - 2; q >= 0; q--) {
            if (attribution[q] == null && attribution[q + 1] != null
                    && ClauseBoundaries.sameSentenceAsPrevious(text, spans, q + 1)) {
                attribution[q] = attribution[q + 1];
            }
        }
        for (int q = 0; q < n; q++) {
            if (attribution[q] != null || !opensSentence[q]) {
                continue;
            }
            Attribution previousSentence = finder.fromPreviousSentence(text, spans, q);
            if (previousSentence != null) {
                attribution[q] = previousSentence;
            } else if (q > 0 && attribution[q - 1] != null && paragraph[q] - paragraph[q - 1] <= 1) {
                attribution[q] = attribution[q - 1];
            } else if (q + 1 < n && own[q + 1] != null && paragraph[q + 1] == paragraph[q]) {
                attribution[q] = own[q + 1];
            } else {
                attribution[q] = finder.fromPreviousSubject(text, spans, q);
            }
        }
        List<Selected> out = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            QuotedSpan span = spans.get(q);
            if (detector.isNotQuotation(text, span, attribution[q])) {
                continue;
            }
            out.add(new Selected(span, attribution[q], isPartial(text, span)));
        }
        return out;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!WordTokenizer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A fragment inside reported speech: it follows a word of the sentence, or starts in lower case. */
    private static boolean isPartial(String text, QuotedSpan span) {
        int i = span.start() - 1;
        while (i >= 0 && WordTokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
            return true;
        }
        for (int k = span.innerStart(); k < span.innerEnd(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** The paragraph number (blocks of text between line breaks) each quotation starts in. */
    private static int[] paragraphIndexes(String text, List<QuotedSpan> spans) {
        int[] out = new int[spans.size()];
        int paragraph = 0;
        int position = 0;
        for (int q = 0; q < spans.size(); q++) {
            int start = spans.get(q).start();
            while (position < start) {
                if (text.charAt(position) == '\n') {
                    paragraph++;
                    while (position < start && WordTokenizer.isSpace(text.charAt(position))) {
                        position++;
                    }
                } else {
                    position++;
                }
            }
            out[q] = paragraph;
            // a quotation over several paragraphs ends in a later one
            paragraph += spans.get(q).paragraphs() - 1;
            position = spans.get(q).end();
        }
        return out;
    }
}
