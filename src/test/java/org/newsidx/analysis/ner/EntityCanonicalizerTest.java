package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;

class EntityCanonicalizerTest {

    private final EntityCanonicalizer canonicalizer = EntityCanonicalizer.standard();

    @Test
    void companyNamesCountWithoutTheirLegalForm() {
        assertEach(EntityCanonicalizer::withoutCompanyForm,
                "Exxon Corp", "Exxon",
                "Texaco Inc.", "Texaco",
                "Shearson Lehman Brothers Inc", "Shearson Lehman Brothers",
                "Procter & Gamble Co", "Procter & Gamble",
                "Deutsche Bank AG", "Deutsche Bank",
                "Commodity Credit Corporation", "Commodity Credit Corporation",
                "Co", "Co",
                "Harris Upham And Co Inc", "Harris Upham");
        assertEquals("Exxon", EntityCanonicalizer.canonicalName("Exxon Corp"), "a typed name finds the facet value");
        assertEquals("Moody's", EntityCanonicalizer.canonicalName("Moody's Investors Service Inc"),
                "a possessive that is part of a company's name stays");
        assertEquals("Moody's", EntityCanonicalizer.canonicalName("Moody's"));
    }

    @Test
    void userTypedNamesMapToTheAliasTable() {
        assertEach(EntityCanonicalizer::canonicalName,
                "UK", "United Kingdom",
                "Britain", "United Kingdom",
                "united kingdom", "United Kingdom",
                "U.S.", "United States",
                "US", "United States",
                "the United States", "United States",
                "W. Germany", "West Germany",
                "Mr Macron", "Macron",
                "Macron’s", "Macron",
                "Sir Tim Barrow", "Tim Barrow",
                "EU", "European Union",
                "Nato", "NATO",
                "MITI", "Ministry of International Trade and Industry",
                "Ministry of International Trade", "Ministry of International Trade and Industry",
                "U.S. Federal Reserve Board", "Federal Reserve Board",
                "Federal Deposit Insurance Corp", "Federal Deposit Insurance Corporation",
                "FSLIC", "Federal Savings and Loan Insurance Corporation");
        assertEquals("Soviet Union", EntityCanonicalizer.canonicalName("USSR"), "a former state of older news");
    }

    @Test
    void spellingIsNormalisedAcrossTheCorpus() {
        assertEach(NameNormalizer::normalize,
                "François Hollande’s", "Francois Hollande",
                "BRUSSELS", "Brussels",
                "NATO", "NATO",
                "NEW YORK", "New York",
                "Bjørn Siebert", "Bjorn Siebert");
    }

    /** Asserts {@code f(input) = expected} for each pair of {@code inputThenExpected}. */
    private static void assertEach(java.util.function.UnaryOperator<String> f, String... inputThenExpected) {
        for (int i = 0; i < inputThenExpected.length; i += 2) {
            assertEquals(inputThenExpected[i + 1], f.apply(inputThenExpected[i]), inputThenExpected[i]);
        }
    }

    @Test
    void shortReferencesResolveToTheFullNameInTheArticle() {
        String text = "French President Emmanuel Macron met Ms von der Leyen. Mr Macron said Ursula von der Leyen "
                + "agreed. Sir Tim Barrow and Macron left.";
        List<RecognisedMention> found = new ArrayList<>();
        add(found, text, "Emmanuel Macron", 0, EntityType.PERSON);
        add(found, text, "von der Leyen", 0, EntityType.PERSON);
        add(found, text, "Macron", 1, EntityType.PERSON);
        add(found, text, "Ursula von der Leyen", 0, EntityType.PERSON);
        add(found, text, "Sir Tim Barrow", 0, EntityType.PERSON);
        add(found, text, "Macron", 2, EntityType.PERSON);
        assertEquals(List.of("Emmanuel Macron", "Ursula von der Leyen", "Emmanuel Macron", "Ursula von der Leyen",
                "Tim Barrow", "Emmanuel Macron"), canonicals(text, found));
    }

    @Test
    void acronymsDefinedInTheTextResolveToTheirExpansion() {
        String text = "The European Union (EU) said the EU would not negotiate with the UK or Britain.";
        List<RecognisedMention> found = new ArrayList<>();
        add(found, text, "European Union", 0, EntityType.ORG);
        add(found, text, "EU", 1, EntityType.ORG);
        add(found, text, "UK", 0, EntityType.PLACE);
        add(found, text, "Britain", 0, EntityType.PLACE);
        assertEquals(List.of("European Union", "European Union", "United Kingdom", "United Kingdom"),
                canonicals(text, found));
    }

    @Test
    void stateAbbreviationsOfDatelinesResolveToTheState() {
        String text = "SAN JOSE, Calif. - The company, which also has plants in Trenton, N.J., and in La Paz, said.";
        List<RecognisedMention> found = new ArrayList<>();
        add(found, text, "SAN JOSE", 0, EntityType.PLACE);
        add(found, text, "Calif.", 0, EntityType.PLACE);
        add(found, text, "Trenton", 0, EntityType.PLACE);
        add(found, text, "N.J.", 0, EntityType.PLACE);
        add(found, text, "La Paz", 0, EntityType.PLACE);
        assertEquals(List.of("San Jose", "California", "Trenton", "New Jersey", "La Paz"), canonicals(text, found));
        assertEquals("California", EntityCanonicalizer.canonicalName("Calif."));
        assertEquals("Los Angeles", EntityCanonicalizer.canonicalName("Los Angeles"));
    }

    /** The canonical names the canonicaliser gives the mentions of one article, in order. */
    private List<String> canonicals(String text, List<RecognisedMention> found) {
        return canonicalizer.canonicalize(text, found).stream().map(EntityMention::canonical).toList();
    }

    /** Adds the {@code nth} occurrence (0-based) of {@code name} in {@code text}. */
    private static void add(List<RecognisedMention> list, String text, String name, int nth, EntityType type) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(name, at + 1);
        }
        list.add(new RecognisedMention(at, at + name.length(), name, type));
    }
}
