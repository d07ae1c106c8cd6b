package org.newsidx.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsidx.index.IndexSchema;

/**
 * Ranks passages (BM25 over passage text and article title) under the user's filters, highlights
 * them, and counts facets over the matching articles with drill-sideways, so that each
 * dimension's counts ignore its own filter and show the alternatives.
 */
public final class PassageSearcher {

    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.PASSAGE_ID, IndexSchema.ARTICLE_ID,
            IndexSchema.PATH, IndexSchema.TITLE, IndexSchema.PUBLISHED, IndexSchema.SOURCE, IndexSchema.TEXT,
            IndexSchema.START, IndexSchema.END);

    private final IndexSnapshot index;
    private final Analyzer analyzer;
    private final QueryFactory queries;
    private final FacetValueResolver resolver;
    private final FacetValueFolder folder;

    public PassageSearcher(IndexSnapshot index) {
        this(index, QueryFactory.PASSAGE_FIELDS);
    }

    /** A searcher whose query words search {@code fields} (field to boost), e.g. the quotations only. */
    public PassageSearcher(IndexSnapshot index, Map<String, Float> fields) {
        this.index = index;
        this.analyzer = IndexSchema.analyzer();
        this.queries = new QueryFactory(analyzer, fields);
        this.resolver = new FacetValueResolver(index);
        this.folder = new FacetValueFolder(index);
    }

    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        return search(request, null);
    }

    /**
     * @param passageFilter an extra condition on passages (e.g. "has a quotation"), or null
     */
    public SearchResult search(SearchRequest request, Query passageFilter) throws QuerySyntaxException, IOException {
        Query parsed = queries.parse(request.query());
        Query userQuery = passageFilter == null ? parsed : new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST).add(passageFilter, BooleanClause.Occur.FILTER).build();
        Map<String, List<String>> resolved = resolveFilters(request.filters());
        Map<String, Query> filters = filterQueries(resolved, request);

        // the passages the words match; the ranked ones must also pass every filter
        Query matching = ArticleBlocks.passagesMatching(userQuery, index.layout());
        BooleanQuery.Builder passageQuery = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
        filters.values().forEach(f -> passageQuery.add(ArticleBlocks.passagesOf(f), BooleanClause.Occur.FILTER));
        Query passages = passageQuery.build();

        // the facet counts and totals on a second core while this thread ranks and highlights, then
        // takes the dimensions that are left
        FacetCounting counting = new FacetCounting(index, folder, matching, filters, request);
        BackgroundTask<FacetCounting.Counts> task = index.inBackground(counting);
        List<PassageHit> hits = null;
        try {
            hits = hits(ranked(passages, request, parsed instanceof MatchAllDocsQuery), userQuery, request);
        } finally {
            if (hits == null) {
                task.awaitQuietly();
            }
        }
        counting.help();
        FacetCounting.Counts counts;
        try {
            counts = task.result();
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(request, e);
        }
        return new SearchResult(request.query(), counts.passages(), counts.articles(), hits, counts.values(), resolved,
                counts.sampled());
    }

    private List<ScoreDoc> ranked(Query passages, SearchRequest request, boolean noWords)
            throws IOException, QuerySyntaxException {
        try {
            return topPassages(passages, request, noWords);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(request, e);
        }
    }

    private static QuerySyntaxException tooManyClauses(SearchRequest request, IndexSearcher.TooManyClauses e) {
        return new QuerySyntaxException("cannot run query '" + request.query()
                + "': a wildcard or fuzzy term matches too many words; make it more specific", e);
    }

    private Map<String, List<String>> resolveFilters(Map<String, List<String>> typed) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : typed.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String name : e.getValue()) {
                for (String v : resolver.resolve(e.getKey(), name)) {
                    FacetValueResolver.addOnce(values, v);
                }
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    /**
     * One filter query on articles per constrained dimension (published for the date range, mentioned
     * for --mentions); the same map drills down the facet counts and, joined to the passages of the
     * matching articles, filters the ranked passages.
     */
    private static Map<String, Query> filterQueries(Map<String, List<String>> resolved, SearchRequest request) {
        Map<String, Query> out = new LinkedHashMap<>();
        resolved.forEach((dim, values) -> out.put(dim, anyOf(IndexSchema.filterField(dim), values)));
        dateRange(request.from(), request.to()).ifPresent(q -> out.put(IndexSchema.DIM_PUBLISHED, q));
        if (!request.mentions().isEmpty()) {
            out.put(IndexSchema.DIM_MENTIONED,
                    anyOf(IndexSchema.filterField(IndexSchema.DIM_MENTIONED), request.mentions()));
        }
        return out;
    }

    private static java.util.Optional<Query> dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return java.util.Optional.empty();
        }
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return java.util.Optional.of(LongPoint.newRangeQuery(IndexSchema.PUBLISHED_DAY, lo, hi));
    }

    private static Query anyOf(String field, List<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.get(0)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        values.forEach(v -> b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /**
     * The order of a search without words, where every passage scores the same: newest first, then
     * article by article in passage order, the same from one run to the next (undated passages and
     * indexes of layout V1, which have no passage days, come last or in index order).
     */
    private static final Sort NEWEST_FIRST = newestFirst();

    private static Sort newestFirst() {
        SortField day = new SortField(IndexSchema.PASSAGE_DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, new SortField(IndexSchema.ARTICLE_ID, SortField.Type.STRING), SortField.FIELD_DOC);
    }

    /**
     * The top {@code offset + limit} passages, at most {@code perArticle} of any one article, so that
     * one long article does not fill the page; by relevance, or newest first when there are no words.
     */
    private List<ScoreDoc> topPassages(Query passages, SearchRequest request, boolean noWords) throws IOException {
        int wanted = request.offset() + request.limit();
        IndexSearcher searcher = index.searcher();
        Sort sort = noWords ? NEWEST_FIRST : null;
        int batch = request.perArticle() <= 0 ? Math.max(1, wanted) : Math.max(10, wanted * 3);
        // the top passages with dynamic pruning (the exact number of matches comes from the facet pass)
        TopDocs first = sort == null ? searcher.search(passages, new TopScoreDocCollectorManager(batch, null, batch))
                : searcher.search(passages, batch, sort, true);
        if (request.perArticle() <= 0) {
            return List.of(first.scoreDocs);
        }
        List<ScoreDoc> out = new ArrayList<>(wanted);
        Map<String, Integer> perArticle = new java.util.HashMap<>();
        List<LeafReaderContext> leaves = index.reader().leaves();
        TopDocs top = first;
        while (top.scoreDocs.length > 0 && out.size() < wanted) {
            for (ScoreDoc sd : top.scoreDocs) {
                if (perArticle.merge(articleIdOf(leaves, sd.doc), 1, Integer::sum) <= request.perArticle()) {
                    out.add(sd);
                    if (out.size() == wanted) {
                        break;
                    }
                }
            }
            if (out.size() < wanted && top.scoreDocs.length == batch) {
                ScoreDoc last = top.scoreDocs[top.scoreDocs.length - 1];
                top = sort == null ? searcher.searchAfter(last, passages, batch)
                        : searcher.searchAfter(last, passages, batch, sort, true);
            } else {
                break;
            }
        }
        return out;
    }

    /** A passage's article id, from doc values. */
    private static String articleIdOf(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ARTICLE_ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            return "";
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** The page of hits, highlighted for {@code words} (the user's query, without the filters). */
    private List<PassageHit> hits(List<ScoreDoc> ranked, Query words, SearchRequest request) throws IOException {
        int from = Math.min(request.offset(), ranked.size());
        int to = Math.min(ranked.size(), request.offset() + request.limit());
        ScoreDoc[] page = ranked.subList(from, to).toArray(ScoreDoc[]::new);
        String[] highlights = highlight(words, page);
        StoredFields stored = index.searcher().storedFields();
        List<PassageHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, HIT_FIELDS);
            String text = d.get(IndexSchema.TEXT);
            hits.add(new PassageHit(d.get(IndexSchema.PASSAGE_ID), d.get(IndexSchema.ARTICLE_ID),
                    d.get(IndexSchema.PATH), d.get(IndexSchema.TITLE), d.get(IndexSchema.PUBLISHED),
                    d.get(IndexSchema.SOURCE), page[i].score, text,
                    highlights[i] == null ? text : highlights[i],
                    d.getField(IndexSchema.START).numericValue().intValue(),
                    d.getField(IndexSchema.END).numericValue().intValue()));
        }
        return hits;
    }

    /**
     * Each passage whole, with the words of {@code words} in bold. The query is the user's alone: the
     * highlighter matches it against a one-document index of the passage laid over the real one, so
     * filters in it (a date range) would be evaluated over the whole index for every passage shown.
     */
    private String[] highlight(Query words, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(index.searcher(), analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "…", false))
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFieldMatcher(f -> f.equals(IndexSchema.TEXT) || f.equals(IndexSchema.TITLE)
                        || f.equals(IndexSchema.QUOTE_TEXT))
                .build();
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
        }
        Map<String, String[]> out = highlighter.highlightFields(new String[] {IndexSchema.TEXT}, words, docs,
                new int[] {1});
        return out.get(IndexSchema.TEXT);
    }

    static List<FacetValue> topValues(Facets facets, String dim, int top, String... path) throws IOException {
        FacetResult fr;
        try {
            fr = facets.getTopChildren(top, dim, path);
        } catch (IllegalArgumentException notIndexed) {
            return List.of();
        }
        if (fr == null) {
            return List.of();
        }
        List<FacetValue> out = new ArrayList<>(fr.labelValues.length);
        for (LabelAndValue lv : fr.labelValues) {
            out.add(new FacetValue(lv.label, lv.value.longValue()));
        }
        return out;
    }
}
