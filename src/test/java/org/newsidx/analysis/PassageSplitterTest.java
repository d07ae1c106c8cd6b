package org.newsidx.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsidx.ingest.ArticleReader;
import org.newsidx.ingest.CorpusFile;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter(new SentenceSplitter());

    private static String seedText() throws Exception {
        Path p = Path.of("samples/pa-media/eu-uk-migrant-returns-agreement.txt");
        return new ArticleReader().read(new CorpusFile(p, "pa-media/x.txt", p.toString(), "."), null)
                .articles().get(0).text();
    }

    @Test
    void seedParagraphsHeadingAndCaptionAreSeparatePassages() throws Exception {
        String text = seedText();
        List<Passage> passages = splitter.split("seed", text);
        assertEquals(18, passages.size());
        List<String> texts = passages.stream().map(p -> text.substring(p.start(), p.end())).toList();
        assertEquals("UK-France summit", texts.get(10));
        assertTrue(texts.get(11).endsWith("(Kin Cheung/PA)"));
        assertEquals("seed#1", passages.get(0).id());
        assertTrue(texts.get(0).startsWith("The European Union has told the UK"));
    }

    @Test
    void longParagraphIsCutAtSentencesIntoWindowsOfAtMost120Words() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("The minister said the talks in Brussels would go on next week. ");
        }
        String text = sb.toString().strip();
        List<Passage> passages = splitter.split("a", text);
        assertEquals(4, passages.size(), "40 sentences of 12 words: 4 windows of 10 sentences (120 words)");
        for (Passage p : passages) {
            String t = text.substring(p.start(), p.end());
            assertTrue(PassageSplitter.countWords(text, p.start(), p.end()) <= PassageSplitter.MAX_WORDS);
            assertTrue(t.startsWith("The minister") && t.endsWith("week."), t);
        }
    }

    @Test
    void hardWrappedProseIsOneParagraph() {
        String text = "The government announced on Tuesday that it would spend more money on\n"
                + "railways in the north of the country, a move welcomed by local councils\n"
                + "and by business groups who had long campaigned for better connections.\n\n"
                + "Second paragraph.";
        List<Passage> passages = splitter.split("a", text);
        assertEquals(2, passages.size());
    }

    @Test
    void sentenceSplitterKeepsTitlesAndInitialsInsideSentences() throws Exception {
        String s = "Mr. Smith met Dr. J. K. Jones in the U.S. Capitol. It rained. \"Yes,\" he said.";
        List<Sentence> sentences = new SentenceSplitter().split(s);
        assertEquals(List.of("Mr. Smith met Dr. J. K. Jones in the U.S. Capitol.", "It rained.", "\"Yes,\" he said."),
                sentences.stream().map(x -> s.substring(x.start(), x.end())).toList());
    }
}
