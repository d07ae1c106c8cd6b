package org.newsidx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Forms of one name across articles: found from the name keys, recorded in commit data and read back. */
class NameVariantsTest {

    @Test
    void formsOfOneKeyCountUnderTheFormMostArticlesHave() throws Exception {
        NameVariants found = find(IndexSchema.DIM_PLACE,
                List.of("St. Louis"), List.of("St. Louis"), List.of("St Louis"),
                // two places: keys of fewer than four letters are left alone
                List.of("LA"), List.of("La"));
        assertEquals("St. Louis", found.dominant(IndexSchema.DIM_PLACE, "St Louis"));
        assertNull(found.dominant(IndexSchema.DIM_PLACE, "St. Louis"));
        assertEquals(List.of("St Louis"), found.variants(IndexSchema.DIM_PLACE, "St. Louis"));
        assertNull(found.dominant(IndexSchema.DIM_PLACE, "La"));
        assertNull(found.dominant(IndexSchema.DIM_PLACE, "LA"));
        assertEquals(1, found.size());

        NameVariants read = NameVariants.of(found.record(Map.of("layout", "V2")));
        assertEquals("St. Louis", read.dominant(IndexSchema.DIM_PLACE, "St Louis"));
        assertEquals(List.of("St Louis"), read.variants(IndexSchema.DIM_PLACE, "St. Louis"));
        assertEquals(0, NameVariants.of(Map.of()).size(), "an index written before the table has none");
    }

    @Test
    void onATieTheFormThatSortsFirstWins() throws Exception {
        NameVariants found = find(IndexSchema.DIM_PLACE, List.of("Gencorp"), List.of("GenCorp"));
        assertEquals("GenCorp", found.dominant(IndexSchema.DIM_PLACE, "Gencorp"));
    }

    @Test
    void anAcronymAloneIsTheOneOrganisationWhoseInitialsItIs() throws Exception {
        String nasd = "National Association of Securities Dealers";
        NameVariants found = find(IndexSchema.DIM_ORG,
                List.of(nasd), List.of(nasd), List.of(nasd, "NASD"), List.of("NASD"), List.of("nasd"),
                // two organisations with the initials ICO: neither is the acronym
                List.of("International Coffee Organization", "ICO"), List.of("International Coffee Organization"),
                List.of("International Cocoa Organization", "ICO"), List.of("International Cocoa Organization"),
                // one that no article names beside the acronym
                List.of("Federal Trade Commission"), List.of("Federal Trade Commission"), List.of("FTC"));
        assertEquals(nasd, found.dominant(IndexSchema.DIM_ORG, "NASD"));
        assertEquals(nasd, found.dominant(IndexSchema.DIM_ORG, "nasd"), "a form of the acronym too");
        assertNull(found.dominant(IndexSchema.DIM_ORG, "ICO"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "FTC"));
    }

    @Test
    void aFirmsNameWithADescriptiveEndingIsTheNameWithoutItWhenArticlesNameBoth() throws Exception {
        String group = "Morgan Stanley Group";
        String firm = "Morgan Stanley";
        NameVariants found = find(IndexSchema.DIM_ORG,
                List.of(group, firm), List.of(group, firm), List.of(firm), List.of(firm),
                // a family of firms: the short name is none of them
                List.of("Mitsubishi Bank", "Mitsubishi"), List.of("Mitsubishi Motors", "Mitsubishi"),
                List.of("Mitsubishi Bank", "Mitsubishi"), List.of("Mitsubishi Motors", "Mitsubishi"),
                List.of("Mitsubishi Bank", "Mitsubishi"),
                // one word needs three articles that name both: "Delta" is also the airline
                List.of("Delta Motor", "Delta"), List.of("Delta Motor", "Delta"), List.of("Delta"),
                // one ending far more common than the other: the Board is the Federal Reserve, a regional
                // Federal Reserve Bank is not
                List.of("Federal Reserve Board", "Federal Reserve"), List.of("Federal Reserve Board", "Federal Reserve"),
                List.of("Federal Reserve Board"), List.of("Federal Reserve Board"), List.of("Federal Reserve Board"),
                List.of("Federal Reserve"), List.of("Federal Reserve Bank"));
        assertEquals(firm, found.dominant(IndexSchema.DIM_ORG, group));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "Mitsubishi Bank"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "Mitsubishi"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "Delta Motor"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "Delta"));
        assertEquals("Federal Reserve Board", found.dominant(IndexSchema.DIM_ORG, "Federal Reserve"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "Federal Reserve Bank"));
    }

    @Test
    void anInitialWithTheRestOfANameIsTheOneFullNameThatArticlesNameBesideIt() throws Exception {
        NameVariants found = find(IndexSchema.DIM_PERSON,
                List.of("Josh Lewsey", "J Lewsey"), List.of("J Lewsey"), List.of("Josh Lewsey"),
                // never in one article: a line-up's "D Jones" is not the only D... Jones of the index
                List.of("Digby Jones"), List.of("D Jones"),
                // two full names with the initial: neither
                List.of("Jason Robinson", "J Robinson"), List.of("James Robinson", "J Robinson"),
                List.of("Jason Robinson"), List.of("James Robinson"));
        assertEquals("Josh Lewsey", found.dominant(IndexSchema.DIM_PERSON, "J Lewsey"));
        assertNull(found.dominant(IndexSchema.DIM_PERSON, "D Jones"));
        assertNull(found.dominant(IndexSchema.DIM_PERSON, "J Robinson"));
    }

    @Test
    void aBodyNamedEitherWayRoundIsOne() throws Exception {
        NameVariants found = find(IndexSchema.DIM_ORG,
                List.of("U.S. Agriculture Department"), List.of("U.S. Agriculture Department"),
                List.of("U.S. Department of Agriculture"), List.of("Council of State"), List.of("State Council"));
        assertEquals("U.S. Agriculture Department", found.dominant(IndexSchema.DIM_ORG, "U.S. Department of Agriculture"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "Council of State"));
        assertNull(found.dominant(IndexSchema.DIM_ORG, "State Council"));
    }

    @Test
    void aSurnameAloneIsTheFullNameThatOutnumbersAllTheOthers() throws Exception {
        NameVariants found = find(IndexSchema.DIM_PERSON,
                List.of("Reagan"), List.of("Reagan"), List.of("Ronald Reagan"), List.of("Ronald Reagan"),
                List.of("Ronald Reagan"), List.of("Nancy Reagan"),
                // two William Browns, and three other Browns as many: "Brown" is none of them
                List.of("Brown"), List.of("William Brown"), List.of("William Brown"), List.of("Keith Brown"),
                List.of("Walter Brown"),
                // the commoner form of a hyphenated surname counts as the surname
                List.of("Kilroy Silk"), List.of("Kilroy Silk"), List.of("Kilroy-Silk"), List.of("Robert Kilroy-Silk"),
                List.of("Robert Kilroy-Silk"),
                // a surname with words after a hyphen is not that word: "Francis"
                List.of("Francis"), List.of("Mark Lewis-Francis"), List.of("Mark Lewis-Francis"),
                // one article: enough for a surname that is no given name, not for "David"
                List.of("Minnis"), List.of("Hubert Minnis"), List.of("David"), List.of("Craig David"),
                // lower case is no surname
                List.of("kerry"), List.of("John Kerry"), List.of("John Kerry"));
        assertEquals("Ronald Reagan", found.dominant(IndexSchema.DIM_PERSON, "Reagan"));
        assertEquals(List.of("Reagan"), found.variants(IndexSchema.DIM_PERSON, "Ronald Reagan"));
        assertForms(found, IndexSchema.DIM_PERSON,
                "Brown", null,
                "Kilroy Silk", "Robert Kilroy-Silk",
                "Kilroy-Silk", "Robert Kilroy-Silk",
                "Francis", null,
                "Minnis", "Hubert Minnis",
                "David", null,
                "kerry", null);
    }

    @Test
    void anOrganisationsShortFormIsItsPartyOrItsCommonerPlural() throws Exception {
        NameVariants found = find(IndexSchema.DIM_ORG,
                List.of("Labour"), List.of("Labour Party"), List.of("Labour Party"),
                // one article names the party: not enough
                List.of("Green"), List.of("Green Party"),
                List.of("Liberal Democrat"), List.of("Liberal Democrats"), List.of("Liberal Democrats"),
                // the singular is the commoner form: it stays
                List.of("International Monetary Fund"), List.of("International Monetary Fund"),
                List.of("International Monetary Funds"));
        assertForms(found, IndexSchema.DIM_ORG,
                "Labour", "Labour Party",
                "Green", null,
                "Liberal Democrat", "Liberal Democrats",
                "International Monetary Fund", null,
                "International Monetary Funds", null);
    }

    @Test
    void aBodyAfterItsCountryInDifferentFormsIsOne() throws Exception {
        NameVariants found = find(IndexSchema.DIM_ORG,
                List.of("U.S. Supreme Court"), List.of("U.S. Supreme Court"), List.of("United States Supreme Court"),
                List.of("US Supreme Court"), List.of("West German Finance Ministry"),
                List.of("West Germany Finance Ministry"), List.of("West Germany Finance Ministry"),
                // "America" is no country form of a firm's name: the airline and the telephone company
                List.of("America West"), List.of("US West"));
        assertForms(found, IndexSchema.DIM_ORG,
                "United States Supreme Court", "U.S. Supreme Court",
                "US Supreme Court", "U.S. Supreme Court",
                "West German Finance Ministry", "West Germany Finance Ministry",
                "America West", null,
                "US West", null);
    }

    @Test
    void aNameWithAndWithoutItsMiddleInitialIsOnePersonUnderTheFormInMoreArticles() throws Exception {
        List<List<String>> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(List.of("George W Bush"));
        }
        articles.add(List.of("George Bush"));
        articles.add(List.of("George Bush"));
        articles.add(List.of("Bush")); // the surname alone goes to the name both forms count for
        articles.add(List.of("Kate Bush"));
        for (int i = 0; i < 3; i++) {
            articles.add(List.of("Carl Icahn"));
        }
        articles.add(List.of("Carl C. Icahn"));
        // like numbers: kept apart (two Presidents Bush, say)
        articles.add(List.of("John Smith"));
        articles.add(List.of("John Smith"));
        articles.add(List.of("John Q. Smith"));
        @SuppressWarnings("unchecked")
        NameVariants found = find(IndexSchema.DIM_PERSON, articles.toArray(List[]::new));
        assertForms(found, IndexSchema.DIM_PERSON,
                "George Bush", "George W Bush",
                "Bush", "George W Bush",
                "Carl C. Icahn", "Carl Icahn",
                "John Q. Smith", null,
                "John Smith", null,
                "Kate Bush", null);
        assertEquals("George Bush", NameVariants.withoutMiddleInitials("George H.W. Bush"));
        assertNull(NameVariants.withoutMiddleInitials("J. Paul Getty"));
        assertNull(NameVariants.withoutMiddleInitials("Martin Luther King"));
    }

    @Test
    void aTableOfThePreviousRulesIsReadUntilTheNextIndexRun() {
        Map<String, String> older = Map.of("variants-2", "person\tS Best\tSimon Best\n");
        assertEquals("Simon Best", NameVariants.of(older).dominant(IndexSchema.DIM_PERSON, "S Best"));
        assertNull(NameVariants.recordedIn(older), "the next index run finds the table again");
    }

    /** Asserts each value's form ({@code dominant}; null: it counts under itself), value then form. */
    private static void assertForms(NameVariants found, String dim, String... valueThenForm) {
        for (int i = 0; i < valueThenForm.length; i += 2) {
            assertEquals(valueThenForm[i + 1], found.dominant(dim, valueThenForm[i]), valueThenForm[i]);
        }
    }

    /** One article document per list of values of {@code dim}, indexed as ArticleDocuments indexes them. */
    @SafeVarargs
    private static NameVariants find(String dim, List<String>... articles) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (List<String> values : articles) {
                Document d = new Document();
                for (String value : values) {
                    d.add(new StringField(IndexSchema.filterField(dim), value, Field.Store.NO));
                    for (String key : NameKeys.terms(value)) {
                        d.add(new StringField(NameKeys.field(dim), key, Field.Store.NO));
                    }
                }
                w.addDocument(d);
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return NameVariants.find(r);
            }
        }
    }
}
