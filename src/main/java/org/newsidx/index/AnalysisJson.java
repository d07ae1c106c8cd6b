package org.newsidx.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.Quotation;

/**
 * The analysis stored with each article, as compact JSON in stored fields: an array of flat objects
 * per kind, named after the record components ({@code {"start":0,"end":14,"text":"Emmanuel Macron",
 * "type":"PERSON","canonical":"Emmanuel Macron"}}), nulls written out. Written and read with Jackson's
 * streaming API: a command that shows quotations would otherwise spend more time setting up an
 * ObjectMapper (its date formats, its reflection over the records) than reading them.
 */
public final class AnalysisJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalysisJson() {
    }

    static String entitiesJson(List<EntityMention> entities) {
        return write(entities, (g, e) -> {
            span(g, e.start(), e.end(), e.text());
            g.writeStringField("type", e.type().name());
            g.writeStringField("canonical", e.canonical());
        });
    }

    static String datesJson(List<DateMention> dates) {
        return write(dates, (g, d) -> {
            span(g, d.start(), d.end(), d.text());
            g.writeStringField("value", d.value());
        });
    }

    static String quotesJson(List<Quotation> quotes) {
        return write(quotes, (g, q) -> {
            span(g, q.start(), q.end(), q.text());
            g.writeStringField("speaker", q.speaker());
            optionalInt(g, "speakerStart", q.speakerStart());
            optionalInt(g, "speakerEnd", q.speakerEnd());
            g.writeStringField("cue", q.cue());
            g.writeBooleanField("partial", q.partial());
        });
    }

    public static List<EntityMention> entities(String json) {
        return read(json, f -> new EntityMention(integer(f, "start"), integer(f, "end"), string(f, "text"),
                EntityType.valueOf(string(f, "type")), string(f, "canonical")));
    }

    public static List<DateMention> dates(String json) {
        return read(json, f -> new DateMention(integer(f, "start"), integer(f, "end"), string(f, "text"),
                string(f, "value")));
    }

    public static List<Quotation> quotes(String json) {
        return read(json, f -> new Quotation(integer(f, "start"), integer(f, "end"), string(f, "text"),
                string(f, "speaker"), (Integer) f.get("speakerStart"), (Integer) f.get("speakerEnd"),
                string(f, "cue"), Boolean.TRUE.equals(f.get("partial"))));
    }

    /** Writes one object's fields. */
    private interface FieldWriter<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private static <T> String write(List<T> values, FieldWriter<T> fields) {
        StringWriter sw = new StringWriter(64 + 96 * values.size());
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            g.writeStartArray();
            for (T v : values) {
                g.writeStartObject();
                fields.write(g, v);
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise analysis", e);
        }
        return sw.toString();
    }

    private static void span(JsonGenerator g, int start, int end, String text) throws IOException {
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
        g.writeStringField("text", text);
    }

    private static void optionalInt(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /** The objects of a stored array, each as its field values (numbers as Integer, unknown fields ignored by the builders). */
    private static <T> List<T> read(String json, Function<Map<String, Object>, T> build) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            Map<String, Object> fields = new HashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_OBJECT);
                fields.clear();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.put(name, value(p, p.nextToken()));
                }
                out.add(build.apply(fields));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("stored analysis is not valid JSON: " + e.getMessage(), e);
        }
        return out;
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getIntValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> {
                p.skipChildren(); // a field a later version may add
                yield null;
            }
        };
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + ", found " + actual);
        }
    }

    private static int integer(Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (!(v instanceof Integer i)) {
            throw new IllegalStateException("no number '" + name + "'");
        }
        return i;
    }

    private static String string(Map<String, Object> fields, String name) {
        return (String) fields.get(name);
    }
}
