package org.newsidx.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * The index layout. Each article is one block of Lucene documents: its passages (the units that
 * are ranked), then the article document (metadata, facets, the analysis as JSON). Facet counts are
 * taken on article documents, so they count articles. Filters are {@code f.<dim>} terms on the
 * article document only; passages reach them through the block join (a filter query on articles,
 * turned into one on their passages), which keeps the filter terms out of every passage.
 */
public final class IndexSchema {

    public static final String TYPE = "type";
    public static final String TYPE_PASSAGE = "passage";
    public static final String TYPE_ARTICLE = "article";

    public static final String ARTICLE_ID = "articleId";
    public static final String PASSAGE_ID = "passageId";
    public static final String FILE = "file";
    public static final String ROOT = "root";
    public static final String HASH = "hash";
    public static final String SIZE = "size";
    public static final String MTIME = "mtime";
    /**
     * An article's file facts (key, root, hash, size, mtime) as doc values, so that the next run learns
     * what the index holds without decompressing stored fields. Indexes written before these existed
     * stored the facts in FILE, ROOT, HASH, SIZE and MTIME, which are still read for their documents.
     */
    public static final String FILE_KEY_DV = "dv.file";
    public static final String ROOT_DV = "dv.root";
    public static final String HASH_DV = "dv.hash";
    public static final String SIZE_DV = "dv.size";
    public static final String MTIME_DV = "dv.mtime";
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** The words of the quotations in a passage, searched by {@code newsidx quotes QUERY}. */
    public static final String QUOTE_TEXT = "quotes";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_DAY = "publishedDay";
    /**
     * A passage's publication day as doc values (layout V2), so that a search without words lists
     * passages newest first; a field of its own, as the article's day also has points.
     */
    public static final String PASSAGE_DAY = "dv.day";
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String AUTHORS = "authors";
    public static final String N = "n";
    public static final String START = "start";
    public static final String END = "end";
    public static final String PASSAGE_COUNT = "passages";
    public static final String ENTITIES_JSON = "entitiesJson";
    public static final String DATES_JSON = "datesJson";
    public static final String QUOTES_JSON = "quotesJson";
    public static final String ARTICLE_TEXT = "articleText";

    /** Facet dimensions. */
    public static final String DIM_PERSON = "person";
    public static final String DIM_ORG = "org";
    public static final String DIM_PLACE = "place";
    public static final String DIM_SOURCE = "source";
    public static final String DIM_PUBLISHED = "published";
    public static final String DIM_SPEAKER = "speaker";
    public static final String DIM_MENTIONED = "mentioned";

    /** Flat dimensions whose values are names; the ones a user filters by name. */
    public static final List<String> NAME_DIMS = List.of(DIM_PERSON, DIM_ORG, DIM_PLACE, DIM_SOURCE, DIM_SPEAKER);
    /** Dimensions whose values are people (a surname alone may stand for a full name). */
    public static final List<String> PEOPLE_DIMS = List.of(DIM_PERSON, DIM_SPEAKER);
    /** Every dimension, in the order they are shown. */
    public static final List<String> ALL_DIMS =
            List.of(DIM_PERSON, DIM_ORG, DIM_PLACE, DIM_SOURCE, DIM_PUBLISHED, DIM_MENTIONED, DIM_SPEAKER);

    private IndexSchema() {
    }

    /** The article field that holds a dimension's values as filter terms. */
    public static String filterField(String dim) {
        return "f." + dim;
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(DIM_PERSON, DIM_ORG, DIM_PLACE, DIM_SPEAKER, DIM_MENTIONED)) {
            config.setMultiValued(dim, true);
        }
        config.setHierarchical(DIM_PUBLISHED, true);
        config.setHierarchical(DIM_MENTIONED, true);
        // drill-down goes through the f.<dim> terms; the facet module's own drill-down terms
        // ($facets) would index every value a second time
        for (String dim : ALL_DIMS) {
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /** English analysis for text and titles; names and ids are indexed verbatim. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        KeywordAnalyzer keyword = new KeywordAnalyzer();
        for (String dim : ALL_DIMS) {
            perField.put(filterField(dim), keyword);
        }
        return new PerFieldAnalyzerWrapper(new NewsTextAnalyzer(), perField);
    }
}
