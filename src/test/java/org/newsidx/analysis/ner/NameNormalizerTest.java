package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Display forms of names as the tagger's spans give them. */
class NameNormalizerTest {

    @Test
    void bracketsAreNoPartOfAName() {
        // a span across "(Prime Minister Yasuhiro) Nakasone", an editor's insertion in a quotation
        assertEquals("Yasuhiro Nakasone", NameNormalizer.normalize("Yasuhiro) Nakasone"));
        // spans into the abbreviation or note that follows a name
        assertEquals("British National Party", NameNormalizer.normalize("British National Party(BNP"));
        assertEquals("Office for National Statistics", NameNormalizer.normalize("Office for National Statistics (ONS"));
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
