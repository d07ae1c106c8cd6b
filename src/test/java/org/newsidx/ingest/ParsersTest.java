package org.newsidx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each format's parser on the real sample files. */
class ParsersTest {

    private static final Path SAMPLES = Path.of("samples");
    private final ArticleReader reader = new ArticleReader();

    private ParsedFile read(String relative) throws Exception {
        Path p = SAMPLES.resolve(relative);
        return reader.read(new CorpusFile(p, "samples/" + relative, "samples/" + relative,
                SAMPLES.toAbsolutePath().toString()), null);
    }

    @Test
    void textWithHeaderBlock() throws Exception {
        Article a = read("wikinews/2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt")
                .articles().get(0);
        assertEquals("Magnitogorsk apartment building collapses after explosion, dozens dead", a.title());
        assertEquals(LocalDate.of(2019, 1, 4), a.published());
        assertEquals("Wikinews", a.source());
        assertTrue(a.url().startsWith("https://en.wikinews.org"));
        assertTrue(a.text().startsWith("An apartment building collapsed on Monday in Magnitogorsk"), a.text());
    }

    @Test
    void seedArticleHasSourceButNoTitleOrDate() throws Exception {
        Article a = read("pa-media/eu-uk-migrant-returns-agreement.txt").articles().get(0);
        assertNull(a.title(), "the first line is a sentence, not a headline");
        assertNull(a.published());
        assertEquals("PA Media", a.source());
        assertTrue(a.text().startsWith("The European Union has told the UK"));
    }

    @Test
    void textWithoutHeaderTakesAHeadlineAsTitle() {
        Article a = new PlainTextParser().parse(new ArticleSource("k/a.txt", "k/2023-06-12-a.txt",
                "Storm hits coast\n\nThe storm arrived on Monday.\n"), w -> { }).get(0);
        assertEquals("Storm hits coast", a.title());
        assertEquals(LocalDate.of(2023, 6, 12), a.published(), "date from the path");
        assertEquals("The storm arrived on Monday.", a.text());
    }

    @Test
    void markdownFrontMatter() throws Exception {
        Article a = read("wikinews/2019-01-06-senator-ted-cruz-proposes-amendment-to-u-s-constitution-setting-congre.md")
                .articles().get(0);
        assertEquals("Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits", a.title());
        assertEquals(LocalDate.of(2019, 1, 6), a.published());
        assertEquals("Wikinews", a.source());
        assertTrue(a.text().startsWith("On Thursday, former United States presidential candidate Senator Ted Cruz"));
    }

    @Test
    void htmlPageKeepsArticleParagraphsOnly() throws Exception {
        Article a = read("wikinews/2019-01-14-arrest-made-as-mayor-of-gdask-poland-stabbed-on-stage.html").articles().get(0);
        assertEquals("Arrest made as mayor of Gdańsk, Poland stabbed on stage", a.title());
        assertEquals(LocalDate.of(2019, 1, 14), a.published());
        assertEquals("Wikinews", a.source());
        assertFalse(a.text().contains("Main page"), "navigation is not article text");
        assertFalse(a.text().contains("Related news"), "asides are not article text");
        assertFalse(a.text().contains("Creative Commons"), "footers are not article text");
        assertTrue(a.text().contains("Gdańsk"));
    }

    @Test
    void htmlPageWithoutArticleTagsLosesMenusSharingLinksListsAdvertsAndNotices() throws Exception {
        // a page written for the test in the manner of a local news site: no <article>, <nav> or <footer>
        String page = """
                <html><head><title>Harbour bridge to close for repairs | The Coastal Courier</title>
                <meta property="og:title" content="Harbour bridge to close for repairs"></head><body>
                <div class="top-bar"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
                <li><a href="/sport">Sport</a></li></ul></div>
                <div class="cookie-banner"><p>We use cookies. <a href="/privacy">Read our privacy policy</a>.</p></div>
                <div class="content"><h1>Harbour bridge to close for repairs</h1>
                <ul><li><a href="https://facebook.com/share">Share on Facebook</a></li></ul>
                <h2>Six weeks of work</h2>
                <p>The harbour bridge in Portsmouth will close for six weeks from Monday, the city council said.</p>
                <p>ADVERTISEMENT</p><div class="advert-slot"><p>Buy a new car today at Harbour Motors.</p></div>
                <div class="newsletter-signup"><p>Sign up for our morning briefing, sent every day at 7am.</p></div>
                <p>Buses will run a shuttle, and the <a href="/ferry">ferry timetable</a> will be extended.</p>
                <p><a href="/news/bridge-history">Read more: the history of the harbour bridge</a></p>
                <h3>Most read</h3>
                <ul><li><a href="/a">Council tax to rise by 5%</a></li><li><a href="/b">Storm warning</a></li></ul>
                </div>
                <div class="links"><p><a href="/about">About us</a> | <a href="/contact">Contact</a></p>
                <p>© 2024 The Coastal Courier</p></div></body></html>
                """;
        Article a = new HtmlParser().parse(new ArticleSource("k/bridge.html", "bridge.html", page), w -> { }).get(0);
        assertEquals("Six weeks of work\n\n"
                + "The harbour bridge in Portsmouth will close for six weeks from Monday, the city council said.\n\n"
                + "Buses will run a shuttle, and the ferry timetable will be extended.", a.text());
    }

    @Test
    void theStoryIsTheArticleElementWithTheMostTextNotATeaserBeforeIt() throws Exception {
        String page = """
                <html><head><title>Ferry fares frozen</title></head><body>
                <article class="teaser"><h2><a href="/other">Storm warning for the weekend</a></h2>
                <p>Forecasters expect gales.</p></article>
                <article><h1>Ferry fares frozen</h1>
                <p>Ferry fares between Portsmouth and the island will not rise this year, the operator said on Tuesday.</p>
                <p>The operator said passenger numbers had recovered to their level of five years ago.</p></article>
                </body></html>
                """;
        Article a = new HtmlParser().parse(new ArticleSource("k/fares.html", "fares.html", page), w -> { }).get(0);
        assertTrue(a.text().startsWith("Ferry fares between Portsmouth"), a.text());
        assertFalse(a.text().contains("gales"), a.text());
    }

    @Test
    void htmlPublicationDatesFromTheMetaTagsNewsSitesUse() throws Exception {
        String[] metas = {
            "<meta itemprop=\"datePublished\" content=\"2021-06-02T10:00:00+01:00\">",
            "<meta name=\"parsely-pub-date\" content=\"2021-06-02T09:00:00Z\">",
            "<meta name=\"sailthru.date\" content=\"2021-06-02 09:00:00\">",
            "<meta name=\"DC.date.issued\" content=\"2021-06-02\">"};
        for (String meta : metas) {
            String page = "<html><head>" + meta + "<title>T</title></head><body><p>Text of the story.</p></body></html>";
            Article a = new HtmlParser().parse(new ArticleSource("k/p.html", "p.html", page), w -> { }).get(0);
            assertEquals(LocalDate.of(2021, 6, 2), a.published(), meta);
        }
    }

    @Test
    void newsPleaseJson() throws Exception {
        Article a = read("wikinews/2019-01-24-car-bomb-ramming-attack-kills-dozens-at-military-base-in-maidan-wardak.json")
                .articles().get(0);
        assertEquals(LocalDate.of(2019, 1, 24), a.published());
        assertEquals("en.wikinews.org", a.source());
        assertTrue(a.title().startsWith("Car bomb"), a.title());
    }

    @Test
    void jsonLinesGivesOneArticlePerLineWithDistinctIds() throws Exception {
        ParsedFile f = read("wikinews/wikinews-2020-batch.jsonl");
        assertEquals(6, f.articles().size());
        assertEquals(6, f.articles().stream().map(Article::id).distinct().count());
        assertTrue(f.warnings().isEmpty());
    }

    @Test
    void brokenJsonLineIsReportedAndGoodLinesKept() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<Article> articles = new JsonLinesParser().parse(new ArticleSource("k/x.jsonl", "x.jsonl",
                "{\"title\":\"A\",\"maintext\":\"one\"}\n{\"title\": broken\n{\"title\":\"C\",\"text\":\"three\"}\n"),
                warnings::add);
        assertEquals(List.of("A", "C"), articles.stream().map(Article::title).toList());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("line 2: invalid JSON"), warnings.get(0));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252AndNulMeansBinary() throws Exception {
        byte[] cp1252 = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
        assertEquals("café “q”", TextDecoder.decode(cp1252));
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(new byte[] {'a', 0, 'b'}));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void unsupportedAndEmptyFilesGiveAReason(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path image = Files.write(dir.resolve("photo.jpg"), new byte[] {1, 2, 3});
        for (Path p : List.of(empty, image)) {
            UnreadableFileException e = assertThrows(UnreadableFileException.class,
                    () -> reader.read(new CorpusFile(p, p.getFileName().toString(), p.toString(), dir.toString()), null));
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void idsAreStableAndDependOnTheRelativePathOnly() {
        assertEquals(ArticleIds.forFile("samples/a.txt"), ArticleIds.forFile("samples/a.txt"));
        assertEquals(16, ArticleIds.forFile("samples/a.txt").length());
        assertFalse(ArticleIds.forFile("samples/a.txt").equals(ArticleIds.forFile("samples/b.txt")));
        assertEquals("abc", ArticleIds.articleIdOf("abc#4"));
    }

    @Test
    void publicationDatesFromMetadataAndPaths() {
        assertEquals(LocalDate.of(1987, 2, 26), PublicationDateParser.parse("1987-02-26 15:01:01").orElseThrow());
        assertEquals(LocalDate.of(2023, 8, 14), PublicationDateParser.parse("Mon, 14 Aug 2023 10:00:00 GMT").orElseThrow());
        assertEquals(LocalDate.of(2023, 8, 14), PublicationDateParser.parse("August 14, 2023").orElseThrow());
        assertEquals(LocalDate.of(2023, 6, 12), PublicationDateParser.fromPath("news/2023/06/12/story.txt").orElseThrow());
        assertTrue(PublicationDateParser.fromPath("news/story-2023.txt").isEmpty());
    }
}
