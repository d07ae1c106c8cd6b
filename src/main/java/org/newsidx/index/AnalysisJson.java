package org.newsidx.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Quotation;

/** The analysis stored with each article, as compact JSON in stored fields. */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AnalysisJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis", e);
        }
    }

    public static List<EntityMention> entities(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<DateMention> dates(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<Quotation> quotes(String json) {
        return read(json, new TypeReference<>() { });
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis is not valid JSON", e);
        }
    }
}
