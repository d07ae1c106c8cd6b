package org.newsidx.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** A resource of words and phrases, one per line, lower case. */
    static Set<String> words(String resource) {
        return words(lines(resource));
    }

    /** Lines of words and phrases, lower case. */
    static Set<String> words(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The entries written in capitals ("LIBOR"), lower case. */
    static Set<String> inCapitals(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            String entry = line.strip();
            if (entry.equals(entry.toUpperCase(Locale.ROOT)) && !entry.equals(entry.toLowerCase(Locale.ROOT))) {
                out.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
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
