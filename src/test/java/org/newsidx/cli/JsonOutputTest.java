package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming writer prints what the ObjectMapper printed before, byte for byte. */
class JsonOutputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    record Pair(String a, int b) {
    }

    @Test
    void sameTextAsTheObjectMapper() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Object value = randomValue(random, 0);
            assertEquals(MAPPER.writeValueAsString(value), JsonOutput.toJson(value));
        }
    }

    @Test
    void awkwardValues() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "quote \" backslash \\ tab \t nl \n cr \r nul \u0000 bell \u0007 « é » 😀 \u2028 </b>");
        m.put("score", 7.3142f);
        m.put("tiny", 1.0e-8f);
        m.put("nan", Float.NaN);
        m.put("big", Long.MAX_VALUE);
        m.put("double", 0.1 + 0.2);
        m.put("null", null);
        m.put("empty", List.of());
        m.put("record", new Pair("x", 3));
        m.put("array", new int[] {1, 2});
        m.put("flag", true);
        assertEquals(MAPPER.writeValueAsString(m), JsonOutput.toJson(m));
    }

    private static Object randomValue(Random r, int depth) {
        int kind = depth > 3 ? r.nextInt(6) : r.nextInt(8);
        switch (kind) {
            case 0: return null;
            case 1: return randomString(r);
            case 2: return r.nextInt();
            case 3: return r.nextLong();
            case 4: return Float.intBitsToFloat(r.nextInt());
            case 5: return r.nextBoolean();
            case 6: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    m.put(randomString(r), randomValue(r, depth + 1));
                }
                return m;
            }
            default: {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    l.add(randomValue(r, depth + 1));
                }
                return r.nextBoolean() ? l : Arrays.asList(l.toArray());
            }
        }
    }

    private static String randomString(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            int c = r.nextInt(4) == 0 ? r.nextInt(0x40) : r.nextInt(0x3000);
            sb.append((char) c);
        }
        return sb.toString();
    }
}
