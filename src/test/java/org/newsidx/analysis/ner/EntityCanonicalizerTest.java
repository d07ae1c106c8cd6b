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
        assertEquals("Exxon", EntityCanonicalizer.withoutCompanyForm("Exxon Corp"));
        assertEquals("Texaco", EntityCanonicalizer.withoutCompanyForm("Texaco Inc."));
        assertEquals("Shearson Lehman Brothers", EntityCanonicalizer.withoutCompanyForm("Shearson Lehman Brothers Inc"));
        assertEquals("Procter & Gamble", EntityCanonicalizer.withoutCompanyForm("Procter & Gamble Co"));
        assertEquals("Deutsche Bank", EntityCanonicalizer.withoutCompanyForm("Deutsche Bank AG"));
        assertEquals("Commodity Credit Corporation", EntityCanonicalizer.withoutCompanyForm("Commodity Credit Corporation"));
        assertEquals("Co", EntityCanonicalizer.withoutCompanyForm("Co"));
        assertEquals("Harris Upham", EntityCanonicalizer.withoutCompanyForm("Harris Upham And Co Inc"));
        assertEquals("Exxon", EntityCanonicalizer.canonicalName("Exxon Corp"), "a typed name finds the facet value");
        assertEquals("Moody's", EntityCanonicalizer.canonicalName("Moody's Investors Service Inc"),
                "a possessive that is part of a company's name stays");
        assertEquals("Moody's", EntityCanonicalizer.canonicalName("Moody's"));
    }

    @Test
    void userTypedNamesMapToTheAliasTable() {
        assertEquals("United Kingdom", EntityCanonicalizer.canonicalName("UK"));
        assertEquals("United Kingdom", EntityCanonicalizer.canonicalName("Britain"));
        assertEquals("United Kingdom", EntityCanonicalizer.canonicalName("united kingdom"));
        assertEquals("United States", EntityCanonicalizer.canonicalName("U.S."));
        assertEquals("United States", EntityCanonicalizer.canonicalName("US"));
        assertEquals("United States", EntityCanonicalizer.canonicalName("the United States"));
        assertEquals("Soviet Union", EntityCanonicalizer.canonicalName("USSR"), "a former state of older news");
        assertEquals("West Germany", EntityCanonicalizer.canonicalName("W. Germany"));
        assertEquals("Macron", EntityCanonicalizer.canonicalName("Mr Macron"));
        assertEquals("Macron", EntityCanonicalizer.canonicalName("Macron’s"));
        assertEquals("Tim Barrow", EntityCanonicalizer.canonicalName("Sir Tim Barrow"));
        assertEquals("European Union", EntityCanonicalizer.canonicalName("EU"));
        assertEquals("NATO", EntityCanonicalizer.canonicalName("Nato"));
    }

    @Test
    void spellingIsNormalisedAcrossTheCorpus() {
        assertEquals("Francois Hollande", NameNormalizer.normalize("François Hollande’s"));
        assertEquals("Brussels", NameNormalizer.normalize("BRUSSELS"));
        assertEquals("NATO", NameNormalizer.normalize("NATO"));
        assertEquals("New York", NameNormalizer.normalize("NEW YORK"));
        assertEquals("Bjorn Siebert", NameNormalizer.normalize("Bjørn Siebert"));
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
        List<EntityMention> out = canonicalizer.canonicalize(text, found);
        assertEquals(List.of("Emmanuel Macron", "Ursula von der Leyen", "Emmanuel Macron", "Ursula von der Leyen",
                "Tim Barrow", "Emmanuel Macron"), out.stream().map(EntityMention::canonical).toList());
    }

    @Test
    void acronymsDefinedInTheTextResolveToTheirExpansion() {
        String text = "The European Union (EU) said the EU would not negotiate with the UK or Britain.";
        List<RecognisedMention> found = new ArrayList<>();
        add(found, text, "European Union", 0, EntityType.ORG);
        add(found, text, "EU", 1, EntityType.ORG);
        add(found, text, "UK", 0, EntityType.PLACE);
        add(found, text, "Britain", 0, EntityType.PLACE);
        List<EntityMention> out = canonicalizer.canonicalize(text, found);
        assertEquals(List.of("European Union", "European Union", "United Kingdom", "United Kingdom"),
                out.stream().map(EntityMention::canonical).toList());
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
        List<EntityMention> out = canonicalizer.canonicalize(text, found);
        assertEquals(List.of("San Jose", "California", "Trenton", "New Jersey", "La Paz"),
                out.stream().map(EntityMention::canonical).toList());
        assertEquals("California", EntityCanonicalizer.canonicalName("Calif."));
        assertEquals("Los Angeles", EntityCanonicalizer.canonicalName("Los Angeles"));
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
