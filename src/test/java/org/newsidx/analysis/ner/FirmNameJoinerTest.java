package org.newsidx.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.SentenceSplitter;

/** Firms' names that the tagger cut at "and" or a comma are joined again; lists of names are not. */
class FirmNameJoinerTest {

    private final FirmNameJoiner joiner = new FirmNameJoiner(name -> name.startsWith("Carl "),
            Set.of("Salomon Brothers")::contains);

    /** The mentions of the named pieces of {@code text}, typed as given, in text order. */
    private static List<RecognisedMention> pieces(String text, Object... nameAndType) {
        List<RecognisedMention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < nameAndType.length; i += 2) {
            String name = (String) nameAndType[i];
            int start = text.indexOf(name, from);
            out.add(new RecognisedMention(start, start + name.length(), name, (EntityType) nameAndType[i + 1]));
            from = start + name.length();
        }
        return out;
    }

    private List<String> joined(String text, Object... nameAndType) {
        return joiner.join(text, pieces(text, nameAndType)).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void joinsTheNameOfAFirmCutAtAnd() {
        // a sentence of Wikinews, 2019 (CC BY 2.5), as the tagger cut it
        String text = "At midnight local time (0700 UTC), United States public utility Pacific Gas and Electric "
                + "Company (PG&E) began turning off electricity for customers in the San Francisco area of California.";
        assertEquals(List.of("PLACE United States", "ORG Pacific Gas and Electric Company", "PLACE San Francisco",
                        "PLACE California"),
                joined(text, "United States", EntityType.PLACE, "Pacific Gas", EntityType.PLACE,
                        "Electric Company", EntityType.PLACE, "San Francisco", EntityType.PLACE,
                        "California", EntityType.PLACE));
        assertEquals(List.of("ORG American Telephone and Telegraph Co"),
                joined("American Telephone and Telegraph Co said", "American Telephone", EntityType.ORG,
                        "Telegraph Co", EntityType.ORG));
    }

    @Test
    void joinsTheEndingAndCompanyAndTheNameBeforeAComma() {
        assertEquals(List.of("ORG Kidder, Peabody and Co."),
                joined("Kidder, Peabody and Co. said", "Kidder", EntityType.PERSON, "Peabody", EntityType.PERSON));
        assertEquals(List.of("ORG Brown and Sons Inc"),
                joined("Alex. Brown and Sons Inc said", "Brown", EntityType.PERSON, "Sons", EntityType.ORG)
                        .subList(0, 1));
        assertEquals(List.of("ORG David Rubin & Partners"),
                joined("said David Rubin & Partners.", "David Rubin", EntityType.PERSON),
                "the full stop after a word that is no abbreviation ends the sentence");
    }

    @Test
    void leavesListsPeopleAndKnownFirmsApart() {
        String studios = "Last month, Paramount, Universal and Warner Brothers said they would back it.";
        List<RecognisedMention> three = pieces(studios, "Paramount", EntityType.ORG, "Universal", EntityType.ORG,
                "Warner Brothers", EntityType.ORG);
        assertSame(three, joiner.join(studios, three));
        String manAndFirm = "Carl Icahn and Texaco Inc agreed.";
        List<RecognisedMention> two = pieces(manAndFirm, "Carl Icahn", EntityType.PERSON, "Texaco Inc", EntityType.ORG);
        assertSame(two, joiner.join(manAndFirm, two));
        String known = "Drexel and Salomon Brothers Inc led it.";
        List<RecognisedMention> firms = pieces(known, "Drexel", EntityType.ORG, "Salomon Brothers Inc", EntityType.ORG);
        assertSame(firms, joiner.join(known, firms));
        String apart = "Compaq and Apple Computer Inc gained. Apple Computer said sales rose.";
        List<RecognisedMention> named = pieces(apart, "Compaq", EntityType.ORG, "Apple Computer Inc", EntityType.ORG,
                "Apple Computer", EntityType.ORG);
        assertSame(named, joiner.join(apart, named), "the second firm is named on its own elsewhere");
        String listed = "Allegheny Power System Inc and Duquesne Light Co agreed.";
        List<RecognisedMention> both = pieces(listed, "Allegheny Power System Inc", EntityType.ORG,
                "Duquesne Light Co", EntityType.ORG);
        assertSame(both, joiner.join(listed, both));
    }

    @Test
    void joinsTheUntaggedRestOfAFirmsNameUnlessItFollowsAPersonOrIsANameOfItsOwn() {
        // sentences written for the test
        String utility = "The utility Pacific Gas and Electric Company cut power.";
        assertEquals(List.of("ORG Pacific Gas and Electric Company"), joined(utility, "Pacific Gas", EntityType.PLACE));
        String man = "Carl Icahn and Texaco Inc settled.";
        assertEquals(List.of("PERSON Carl Icahn"), joined(man, "Carl Icahn", EntityType.PERSON));
        String twoFirms = "Compaq and Dell Computer Corp gained.";
        assertEquals(List.of("ORG Compaq", "ORG Dell"), joined(twoFirms, "Compaq", EntityType.ORG, "Dell", EntityType.ORG));
    }

    @Test
    void theRecogniserJoinsTheFirmOfAWikinewsSentence() {
        // Wikinews, 2019 (CC BY 2.5): the tagger cuts this name into two places
        String text = "At midnight local time (0700 UTC), United States public utility Pacific Gas and Electric "
                + "Company (PG&E) began turning off electricity for customers in the San Francisco area of California.";
        List<EntityMention> found = StatisticalEntityRecognizer.shared().recognize(text, new SentenceSplitter().split(text));
        assertTrue(found.stream().anyMatch(m -> m.type() == EntityType.ORG
                && m.text().equals("Pacific Gas and Electric Company")), found.toString());
    }
}
