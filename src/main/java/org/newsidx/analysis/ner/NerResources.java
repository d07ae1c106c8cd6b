package org.newsidx.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text resources of {@code /org/newsidx/ner/}: word lists and tab-separated tables. */
final class NerResources {

    private NerResources() {
    }

    /** The lines of a resource, without blank lines and '#' comments. */
    static List<String> lines(String resource) {
        try (InputStream in = NerResources.class.getResourceAsStream("/org/newsidx/ner/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && s.charAt(0) != '#') {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a tab-separated resource that have {@code columns} fields. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length == columns) {
                out.add(f);
            }
        }
        return out;
    }
}
