package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Display forms of names as the tagger's spans give them. */
class NameNormalizerTest {

    @Test
    void bracketsOfAnEditorsInsertionAreNoPartOfTheName() {
        // spans across "(Prime Minister Yasuhiro) Nakasone" and "Gareth (Thomas, the Wales captain)"
        assertEquals("Yasuhiro Nakasone", NameNormalizer.normalize("Yasuhiro) Nakasone"));
        assertEquals("Gareth Thomas", NameNormalizer.normalize("Gareth (Thomas"));
    }

    @Test
    void namesInCapitalsGoToTitleCaseWithTheirParticlesInLowerCase() {
        assertEquals("Macron", NameNormalizer.normalize("MACRON’S"));
        assertEquals("Bank of England", NameNormalizer.normalize("BANK OF ENGLAND"));
        assertEquals("Rio de Janeiro", NameNormalizer.normalize("RIO DE JANEIRO"));
        assertEquals("NATO", NameNormalizer.normalize("NATO"), "four capitals may be an acronym");
    }

    @Test
    void thePlaceOfADatelineGoesToTitleCaseFromFourLettersOrTwoWords() {
        assertEquals("Bonn", NameNormalizer.placeName("BONN"));
        assertEquals("La Paz", NameNormalizer.placeName("LA PAZ"));
        assertEquals("St. Paul", NameNormalizer.placeName("ST. PAUL"));
        assertEquals("NYC", NameNormalizer.placeName("NYC"));
        assertEquals("Kansas City", NameNormalizer.placeName("Kansas City"));
    }
}
