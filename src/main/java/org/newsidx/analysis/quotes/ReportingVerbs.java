package org.newsidx.analysis.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that introduce reported speech ("said", "told", "added", "according to" is handled apart):
 * the Gender Gap Tracker list (MIT) plus newsidx's additions, minus forms that are mostly nouns in news.
 * Immutable and thread-safe.
 */
public final class ReportingVerbs {

    private static final String DIR = "/org/newsidx/quotes/";
    private final Set<String> verbs;

    private ReportingVerbs(Set<String> verbs) {
        this.verbs = Set.copyOf(verbs);
    }

    /** The shipped lists under {@code org/newsidx/quotes/}. */
    public static ReportingVerbs standard() {
        Set<String> verbs = new HashSet<>(read("reporting-verbs.txt"));
        verbs.addAll(read("reporting-verbs-extra.txt"));
        verbs.removeAll(read("reporting-verbs-excluded.txt"));
        return new ReportingVerbs(verbs);
    }

    public boolean contains(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A present participle cue ("saying", "adding"): its subject is the clause's, not the word before. */
    public boolean isParticiple(String word) {
        return word.endsWith("ing") && contains(word);
    }

    private static Set<String> read(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = ReportingVerbs.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
