package org.newsidx.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsidx.index.IndexSchema;
import org.newsidx.search.SearchRequest;
import picocli.CommandLine.Option;

/** The facet filters shared by search, facets and quotes. */
final class FilterOptions {

    @Option(names = "--person", paramLabel = "NAME", description = "Only articles naming this person (repeatable: any of them).")
    List<String> persons = new ArrayList<>();

    @Option(names = "--org", paramLabel = "NAME", description = "Only articles naming this organisation (repeatable).")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME", description = "Only articles naming this place (repeatable).")
    List<String> places = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker (repeatable).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = "--mentions", paramLabel = "DATE", description = "Only articles that mention this date (YYYY, YYYY-MM or YYYY-MM-DD; repeatable).")
    List<String> mentions = new ArrayList<>();

    Map<String, List<String>> filters() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        put(f, IndexSchema.DIM_PERSON, persons);
        put(f, IndexSchema.DIM_ORG, orgs);
        put(f, IndexSchema.DIM_PLACE, places);
        put(f, IndexSchema.DIM_SOURCE, sources);
        put(f, IndexSchema.DIM_SPEAKER, speakers);
        return f;
    }

    SearchRequest request(String query, int limit, int offset, int facetTop) {
        return request(query, limit, offset, facetTop, 0);
    }

    SearchRequest request(String query, int limit, int offset, int facetTop, int perArticle) {
        LocalDate fromDay = from == null ? null : DateOption.first(from, "--from");
        LocalDate toDay = to == null ? null : DateOption.last(to, "--to");
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new UserError("--from " + from + " is after --to " + to);
        }
        for (String m : mentions) {
            DateOption.first(m, "--mentions");
        }
        if (limit < 0) {
            throw new UserError("--limit " + limit + ": must be 0 or more");
        }
        if (offset < 0) {
            throw new UserError("--offset " + offset + ": must be 0 or more");
        }
        List<String> normalisedMentions = mentions.stream().map(FilterOptions::normaliseMention).toList();
        if (perArticle < 0) {
            throw new UserError("--per-article " + perArticle + ": must be 0 (no limit) or more");
        }
        return new SearchRequest(query, filters(), fromDay, toDay, normalisedMentions, limit, offset, facetTop,
                perArticle);
    }

    /** "2022-3" to "2022-03", as the index stores it. */
    private static String normaliseMention(String m) {
        String[] parts = m.strip().split("-");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append('-').append(parts[i].length() == 1 ? "0" + parts[i] : parts[i]);
        }
        return sb.toString();
    }

    private static void put(Map<String, List<String>> f, String dim, List<String> values) {
        List<String> clean = values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!clean.isEmpty()) {
            f.put(dim, clean);
        }
    }
}
