package org.newsidx.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.newsidx.index.IndexSchema;

/**
 * Parses user queries in Lucene syntax (words, "phrases", AND/OR/NOT, field:, wildcards, fuzzy~)
 * over passage text and article title (the title weighs more). Errors become one line that says
 * what is wrong and how to write it.
 */
public final class QueryFactory {

    /** Title matches weigh more than body matches; set with the ranking scorer (rank.py). */
    static final float TITLE_BOOST = 1.25f;
    private static final Map<String, String> FIELDS = Map.of(
            "text", IndexSchema.TEXT, "body", IndexSchema.TEXT, "title", IndexSchema.TITLE,
            "quotes", IndexSchema.QUOTE_TEXT,
            "person", IndexSchema.filterField(IndexSchema.DIM_PERSON),
            "org", IndexSchema.filterField(IndexSchema.DIM_ORG),
            "place", IndexSchema.filterField(IndexSchema.DIM_PLACE),
            "source", IndexSchema.filterField(IndexSchema.DIM_SOURCE),
            "speaker", IndexSchema.filterField(IndexSchema.DIM_SPEAKER));
    private static final String SYNTAX_HINT =
            "query syntax: words, \"a phrase\", AND / OR / NOT, title:word, migra*, Macron~";

    /** Passage text and title, the title weighing more. */
    public static final Map<String, Float> PASSAGE_FIELDS =
            Map.of(IndexSchema.TEXT, 1.0f, IndexSchema.TITLE, TITLE_BOOST);
    /** The words inside quotation marks. */
    public static final Map<String, Float> QUOTE_FIELDS = Map.of(IndexSchema.QUOTE_TEXT, 1.0f);

    private final Analyzer analyzer;
    private final Map<String, Float> defaultFields;

    public QueryFactory(Analyzer analyzer) {
        this(analyzer, PASSAGE_FIELDS);
    }

    /** A parser whose unqualified words search {@code defaultFields} (field to boost). */
    public QueryFactory(Analyzer analyzer, Map<String, Float> defaultFields) {
        this.analyzer = analyzer;
        this.defaultFields = defaultFields;
    }

    /** The query for a user's text; an empty text or {@code *} matches everything. */
    public Query parse(String text) throws QuerySyntaxException {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        FieldMappingParser parser = new FieldMappingParser(analyzer, defaultFields);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw new QuerySyntaxException(explain(q, e), e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot parse query '" + q + "': " + e.getMessage() + " (" + SYNTAX_HINT + ")", e);
        }
    }

    static String explain(String q, ParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String what;
        if (m.startsWith("unknown field")) {
            what = m;
        } else if (m.contains("Lexical error") && m.contains("<EOF>")) {
            what = "a quotation mark is not closed";
        } else if (m.contains("not allowed as first character")) {
            what = "a term cannot start with * or ? (write migra*, not *gration)";
        } else if (m.contains("\"<EOF>\"")) {
            what = "the query ends too early: an AND/OR/NOT with nothing after it, or an unclosed bracket";
        } else if (m.contains("<RPAREN>") || m.contains("\")\"")) {
            what = "a closing bracket has no opening one";
        } else if (m.contains("Encountered") && (m.contains("<AND>") || m.contains("<OR>"))) {
            what = "AND/OR needs a term on both sides";
        } else if (m.contains("Encountered") && m.contains("\":\"")) {
            what = "a field name needs a value after the colon (title:migration)";
        } else {
            what = m.lines().findFirst().orElse("syntax error");
        }
        return "cannot parse query '" + q + "': " + what + " (" + SYNTAX_HINT + ")";
    }

    /** Maps the user's field names to index fields and refuses unknown ones. */
    private static final class FieldMappingParser extends MultiFieldQueryParser {

        FieldMappingParser(Analyzer analyzer, Map<String, Float> defaultFields) {
            super(defaultFields.keySet().stream().sorted().toArray(String[]::new), analyzer, defaultFields);
            setDefaultOperator(QueryParser.Operator.OR);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(true);
        }

        private static String map(String field) throws ParseException {
            if (field == null) {
                return null;
            }
            String mapped = FIELDS.get(field.toLowerCase(Locale.ROOT));
            if (mapped == null) {
                if (field.equals(IndexSchema.TEXT) || field.equals(IndexSchema.TITLE)) {
                    return field;
                }
                throw new ParseException("unknown field '" + field + ":' (fields: "
                        + String.join(", ", List.of("title", "text", "quotes", "person", "org", "place", "source", "speaker"))
                        + "; to search for a colon, put the words in quotes)");
            }
            return mapped;
        }

        /** A query on a filter field (person:Macron) matches the passages of the articles that have it. */
        private static Query onPassages(String field, Query q) {
            return q == null || field == null || !field.startsWith(IndexSchema.filterField("")) ? q
                    : ArticleBlocks.passagesOf(q);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getFieldQuery(f, queryText, slop));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getFieldQuery(f, queryText, quoted));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getFuzzyQuery(f, termStr, minSimilarity));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getPrefixQuery(f, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getWildcardQuery(f, termStr));
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getRegexpQuery(f, termStr));
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            String f = map(field);
            return onPassages(f, super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
        }
    }
}
