package org.newsidx.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkScannerTest {

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    private List<String> quoted(String text) {
        return scanner.scanHouseStyle(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertEquals(List.of("“We will win,”", "\"It is over.\""),
                quoted("“We will win,” she said. He replied: \"It is over.\""));
    }

    @Test
    void germanLowAndGuillemetQuotes() {
        assertEquals(List.of("„Wir schaffen das“"), quoted("Merkel sagte: „Wir schaffen das“, und ging."));
        assertEquals(List.of("«C'est fini»"), quoted("Il a déclaré: «C'est fini» hier soir."));
    }

    @Test
    void britishSingleQuotesWithoutApostrophes() {
        String text = "Mr Sunak’s aides said the ’90s were over. The minister said: ‘We don’t accept the "
                + "workers’ claims and we won’t.’ He added it was ‘nonsense’.";
        assertEquals(List.of("‘We don’t accept the workers’ claims and we won’t.’", "‘nonsense’"), quoted(text));
    }

    @Test
    void straightApostrophesDoNotOpenQuotations() {
        assertTrue(quoted("It's the '90s again, rock 'n' roll and Sunak's plan.").isEmpty());
    }

    @Test
    void nestedQuotesBelongToTheOuterQuotation() {
        String text = "He said: “They called it ‘a disaster’ and I agree.” Then he left.";
        assertEquals(List.of("“They called it ‘a disaster’ and I agree.”"), quoted(text));
        String straight = "She said: \"The sign read “Keep out” all week.\"";
        assertEquals(List.of("\"The sign read “Keep out” all week.\""), quoted(straight));
    }

    @Test
    void quotationOverSeveralParagraphsIsOne() {
        String text = "A spokeswoman said: “We remain open.\n\n“We talk every day.\n\n“We agreed a plan.”\n\nNext.";
        List<QuotedSpan> spans = scanner.scan(text);
        assertEquals(1, spans.size());
        assertEquals(3, spans.get(0).paragraphs());
        assertTrue(text.substring(spans.get(0).start(), spans.get(0).end()).endsWith("plan.”"));
    }

    @Test
    void unterminatedQuotationIsDropped() {
        assertEquals(List.of("“closed”"), quoted("He said “open and never closed\n\nShe said “closed” later."));
    }

    @Test
    void singleQuotesInDoubleQuotedTextAreHeadlineQuotes() {
        String text = "Minister: councils must ‘stop wasting money’\n\n“We need a plan,” he said.";
        assertEquals(List.of("“We need a plan,”"), quoted(text));
    }

    @Test
    void singleQuotesInsideDoubledApostrophesAreNested() {
        String text = "''We told them, 'Keep the doors open,''' she said. ''It helped,'' he said.";
        assertTrue(quoted(text).isEmpty(), () -> quoted(text).toString());
    }
}
