package org.newsidx.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.QuoteExtractor;
import org.newsidx.analysis.Quotation;
import org.newsidx.analysis.SentenceSplitter;

/** One test per attribution pattern, on news sentences; entities are given only where a test says so. */
class AttributionPatternsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quotation> extract(String text, EntityMention... entities) {
        return extractor.extract(text, new SentenceSplitter().split(text), List.of(entities));
    }

    private static String mention(String text, Quotation q) {
        return q.speakerStart() == null ? null : text.substring(q.speakerStart(), q.speakerEnd());
    }

    private static EntityMention person(String text, String written, String canonical) {
        int i = text.indexOf(written);
        return new EntityMention(i, i + written.length(), written, EntityType.PERSON, canonical);
    }

    @Test
    void quoteThenSubjectThenVerb() {
        String text = "“We are not going to stand by while families suffer,” Mr Starmer said.";
        Quotation q = extract(text).get(0);
        assertEquals("Mr Starmer", mention(text, q));
        assertEquals("Starmer", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void quoteThenInvertedVerbAndSubject() {
        String text = "“The numbers simply do not add up,” said Paul Johnson, director of the Institute for Fiscal Studies.";
        Quotation q = extract(text).get(0);
        assertEquals("Paul Johnson", mention(text, q));
        assertEquals("Paul Johnson", q.speaker());
    }

    @Test
    void subjectVerbColonQuote() {
        String text = "The Prime Minister said: “This is a plan for the long term.”";
        Quotation q = extract(text).get(0);
        assertEquals("The Prime Minister", mention(text, q));
        assertEquals("said", q.cue());
        assertTrue(!q.partial());
    }

    @Test
    void subjectToldListenerThatQuote() {
        String text = "Ms Reeves told the BBC that the budget would “fix the foundations” of the economy.";
        Quotation q = extract(text).get(0);
        assertEquals("Ms Reeves", mention(text, q));
        assertEquals("told", q.cue());
        assertTrue(q.partial());
    }

    @Test
    void accordingToSource() {
        String text = "According to the Met Office, the storm will bring “gusts of up to 80mph” to western coasts.";
        Quotation q = extract(text).get(0);
        assertEquals("the Met Office", mention(text, q));
        assertEquals("according to", q.cue());
    }

    @Test
    void subjectWithRelativeClauseAdded() {
        String text = "Dr Sarah Jones, who leads the study at Oxford, added: “The effect was much larger than we expected.”";
        Quotation q = extract(text).get(0);
        assertEquals("Dr Sarah Jones", mention(text, q));
        assertEquals("Sarah Jones", q.speaker());
        assertEquals("added", q.cue());
    }

    @Test
    void quoteFollowedByPronounAddedResolvesToPerson() {
        String text = "Emmanuel Macron met the Prime Minister in Paris. “We share the same goal,” he added.";
        Quotation q = extract(text, person(text, "Emmanuel Macron", "Emmanuel Macron")).get(0);
        assertEquals("he", mention(text, q));
        assertEquals("Emmanuel Macron", q.speaker());
        assertEquals("added", q.cue());
    }

    @Test
    void continuationInSameAndNextParagraphKeepsSpeaker() {
        String text = "“It was a difficult night,” said coach Eddie Howe. “We never found our rhythm.”\n\n"
                + "“But the players will respond.”\n\n“That is all I ask,” he said.";
        List<Quotation> quotes = extract(text);
        assertEquals(4, quotes.size(), quotes::toString);
        for (int i = 0; i < 3; i++) {
            assertEquals("Eddie Howe", quotes.get(i).speaker());
            assertEquals("coach Eddie Howe", mention(text, quotes.get(i)));
        }
        assertEquals("he", mention(text, quotes.get(3)));
        assertEquals("Eddie Howe", quotes.get(3).speaker());
    }

    @Test
    void quoteAfterIndirectAttributionInPreviousSentence() {
        String text = "The vote would be close, Senator Warren said. “Nobody should take it for granted.”";
        Quotation q = extract(text).get(0);
        assertEquals("Senator Warren", mention(text, q));
    }

    @Test
    void roleNounResolvesToTheNamedPersonWithThatRole() {
        String text = "Immigration minister Robert Jenrick visited Dover on Monday. "
                + "The minister said the crossings were “simply unsustainable”.";
        Quotation q = extract(text, person(text, "Robert Jenrick", "Robert Jenrick")).get(0);
        assertEquals("The minister", mention(text, q));
        assertEquals("Robert Jenrick", q.speaker());
    }

    @Test
    void roleNounKeptWhenNoNameFits() {
        String text = "A Home Office spokesman said: “We do not comment on leaked documents.”";
        Quotation q = extract(text).get(0);
        assertEquals("A Home Office spokesman", q.speaker());
    }

    @Test
    void attributionByDashAfterReaderComment() {
        String text = "“I never thought I would vote for a third party.” ― Maria Lopez";
        Quotation q = extract(text).get(0);
        assertEquals("Maria Lopez", mention(text, q));
    }

    @Test
    void apostrophesAreNotQuotations() {
        String text = "Sunak’s plan for the ’90s-style rail network won’t be ready, the minister’s aides said.";
        assertTrue(extract(text).isEmpty());
    }

    @Test
    void titlesOfShowsAreNotQuotations() {
        String text = "Speaking on “Sunday with Laura Kuenssberg,” the chancellor said the economy was growing.";
        assertTrue(extract(text).isEmpty(), () -> extract(text).toString());
    }

    @Test
    void scareQuotesWithoutSpeakerAreNotQuotations() {
        String text = "The so-called “smart” motorways have been criticised.\n\nThe “Rwanda plan” is back in the news.";
        assertTrue(extract(text).isEmpty(), () -> extract(text).toString());
    }

    @Test
    void unattributedQuotationHasNoSpeaker() {
        String text = "Breaking news.\n\n“Everything must go, and it must go today before the doors close.”";
        List<Quotation> quotes = extract(text);
        assertEquals(1, quotes.size());
        assertNull(quotes.get(0).speaker());
        assertNull(quotes.get(0).speakerStart());
    }

    @Test
    void sheSkipsAManKnownByHisTitle() {
        String text = "Ms Reeves met Mr Hunt on Monday. Mr Hunt spoke first, and the meeting overran. "
                + "“It was a waste of time,” she said.";
        Quotation q = extract(text).get(0);
        assertEquals("she", mention(text, q));
        assertEquals("Reeves", q.speaker());
    }

    @Test
    void itResolvesToAnOrganisationThatSpokeBefore() {
        String text = "Growth will slow next year, the OECD said. “Risks remain tilted to the downside,” it added.";
        Quotation q = extract(text).get(0);
        assertEquals("it", mention(text, q));
        assertEquals("OECD", q.speaker());
    }

    @Test
    void titledRoleResolvesToThePersonIntroducedWithIt() {
        String text = "Prime Minister Rishi Sunak visited Dover. The Prime Minister said: “We will stop the boats.”";
        Quotation q = extract(text).get(0);
        assertEquals("The Prime Minister", mention(text, q));
        assertEquals("Rishi Sunak", q.speaker());
    }

    @Test
    void titlesAreDroppedFromSpeakerNames() {
        String text = "“The economy is strong,” said Treasury Secretary Janet Yellen, who spoke in Washington.";
        Quotation q = extract(text).get(0);
        assertEquals("Treasury Secretary Janet Yellen", mention(text, q));
        assertEquals("Janet Yellen", q.speaker());
    }

    @Test
    void germanAndFrenchMarksWithEnglishAttributions() {
        String text = "Chancellor Olaf Scholz said: „We will not be blackmailed.“\n\n"
                + "«This is a turning point for Europe», Emmanuel Macron told reporters in Paris.";
        List<Quotation> quotes = extract(text);
        assertEquals(2, quotes.size());
        assertEquals("Olaf Scholz", quotes.get(0).speaker());
        assertEquals("Emmanuel Macron", quotes.get(1).speaker());
        assertEquals("told", quotes.get(1).cue());
    }

    @Test
    void theIssuerOfAStatementSpeaks() {
        String text = "On Saturday, the Football Association issued a statement saying the decision was “final and binding”.";
        Quotation q = extract(text).get(0);
        assertEquals("the Football Association", mention(text, q));
        assertEquals("saying", q.cue());
    }

    @Test
    void verbBeforeItsSubjectAheadOfTheQuotation() {
        String text = "Said Ms Okafor, “We will reopen the library in the spring.”";
        Quotation q = extract(text).get(0);
        assertEquals("Ms Okafor", mention(text, q));
        String other = "With the budget settled, explained Councillor Hughes, “the work can finally start.”";
        Quotation r = extract(other).get(0);
        assertEquals("Councillor Hughes", mention(other, r));
        assertEquals("explained", r.cue());
    }
}
