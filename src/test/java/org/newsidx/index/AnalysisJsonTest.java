package org.newsidx.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.Quotation;

/**
 * The stored analysis JSON, on mentions from the seed article (samples/pa-media): written as an
 * ObjectMapper writes the records (what indexes before the streaming writer hold), and read back.
 */
class AnalysisJsonTest {

    private static final List<EntityMention> ENTITIES = List.of(
            new EntityMention(312, 327, "Emmanuel Macron", EntityType.PERSON, "Emmanuel Macron"),
            new EntityMention(497, 507, "Mr Macron", EntityType.PERSON, "Emmanuel Macron"),
            new EntityMention(4, 18, "European Union", EntityType.ORG, "European Union"));
    private static final List<DateMention> DATES = List.of(
            new DateMention(545, 550, "March", null),
            new DateMention(2900, 2916, "December 8 2022", "2022-12-08"));
    private static final List<Quotation> QUOTES = List.of(
            new Quotation(1817, 1880, "“commission is not open to a UK-EU readmissions agreement”", "Bjoern Siebert",
                    1608, 1622, "told", true),
            new Quotation(2400, 2480, "“We remain open to working with the EU”", null, null, null, null, false));

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writtenAsTheObjectMapperWroteThem() throws Exception {
        assertEquals(mapper.writeValueAsString(ENTITIES), AnalysisJson.entitiesJson(ENTITIES));
        assertEquals(mapper.writeValueAsString(DATES), AnalysisJson.datesJson(DATES));
        assertEquals(mapper.writeValueAsString(QUOTES), AnalysisJson.quotesJson(QUOTES));
        assertEquals("[]", AnalysisJson.quotesJson(List.of()));
    }

    @Test
    void readBack() {
        assertEquals(ENTITIES, AnalysisJson.entities(AnalysisJson.entitiesJson(ENTITIES)));
        assertEquals(DATES, AnalysisJson.dates(AnalysisJson.datesJson(DATES)));
        assertEquals(QUOTES, AnalysisJson.quotes(AnalysisJson.quotesJson(QUOTES)));
        assertEquals(List.of(), AnalysisJson.quotes(null));
    }

    @Test
    void fieldsOfALaterVersionAreIgnoredAndDamageIsReported() {
        assertEquals(DATES.subList(1, 2), AnalysisJson.dates(
                "[{\"start\":2900,\"end\":2916,\"text\":\"December 8 2022\",\"value\":\"2022-12-08\",\"anchor\":{\"a\":[1]}}]"));
        assertThrows(IllegalStateException.class, () -> AnalysisJson.dates("[{\"start\":2900,"));
        assertThrows(IllegalStateException.class, () -> AnalysisJson.entities("[{\"start\":1,\"end\":2}]"));
    }
}
