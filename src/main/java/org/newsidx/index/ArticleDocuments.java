package org.newsidx.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.newsidx.analysis.AnalyzedArticle;
import org.newsidx.analysis.DateMention;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.Passage;
import org.newsidx.analysis.Quotation;
import org.newsidx.ingest.Article;

/** Turns an analysed article into its block of Lucene documents: passages first, the article last. */
public final class ArticleDocuments {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Passage text as {@link IndexLayout#V2} indexes it: stored, with offsets in the postings. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(true);
    /** The same options, not stored: the empty text of an article document. */
    private static final FieldType NO_TEXT_WITH_OFFSETS = textWithOffsets(false);

    private final FacetsConfig facetsConfig;
    private final IndexLayout layout;

    public ArticleDocuments(FacetsConfig facetsConfig, IndexLayout layout) {
        this.facetsConfig = facetsConfig;
        this.layout = layout;
    }

    private static FieldType textWithOffsets(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    public List<Document> build(AnalyzedArticle analyzed, FileInfo file) throws IOException {
        Article article = analyzed.article();
        Facets facets = facetValues(analyzed);
        List<Document> block = new ArrayList<>(analyzed.passages().size() + 1);
        for (Passage p : analyzed.passages()) {
            block.add(passage(article, p, file, facets, quoteText(analyzed.quotes(), p)));
        }
        block.add(article(analyzed, file, facets));
        return block;
    }

    /** The words of the quotations that overlap a passage, or null when there are none. */
    private static String quoteText(List<Quotation> quotes, Passage p) {
        StringBuilder sb = new StringBuilder();
        for (Quotation q : quotes) {
            if (q.start() < p.end() && q.end() > p.start()) {
                sb.append(q.text()).append('\n');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private Document passage(Article article, Passage p, FileInfo file, Facets facets, String quoteText) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE, Field.Store.NO));
        // stored only: a passage is found through its article (ArticleLookup), so its unique id needs
        // no entry in the term dictionary
        d.add(new StoredField(IndexSchema.PASSAGE_ID, p.id()));
        d.add(new StringField(IndexSchema.ARTICLE_ID, article.id(), Field.Store.YES));
        // doc values: grouping hits by article reads no stored fields
        d.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(article.id())));
        d.add(new StringField(IndexSchema.FILE, file.key(), Field.Store.NO));
        d.add(new StoredField(IndexSchema.N, p.n()));
        d.add(new StoredField(IndexSchema.START, p.start()));
        d.add(new StoredField(IndexSchema.END, p.end()));
        String text = article.text().substring(p.start(), p.end());
        d.add(layout.textOffsets() ? new Field(IndexSchema.TEXT, text, TEXT_WITH_OFFSETS)
                : new TextField(IndexSchema.TEXT, text, Field.Store.YES));
        if (quoteText != null) {
            d.add(new TextField(IndexSchema.QUOTE_TEXT, quoteText, Field.Store.NO));
        }
        if (article.title() != null) {
            d.add(new TextField(IndexSchema.TITLE, article.title(), Field.Store.YES));
        } else if (layout.wordsOnPassagesOnly()) {
            d.add(new TextField(IndexSchema.TITLE, "", Field.Store.NO)); // a title norm on every document
        }
        d.add(new StoredField(IndexSchema.PATH, article.path()));
        if (layout.passageDays() && article.published() != null) {
            d.add(new NumericDocValuesField(IndexSchema.PASSAGE_DAY, article.published().toEpochDay()));
        }
        storedMetadata(d, article);
        return d;
    }

    /** Filter terms, on the article document only: passages are filtered through the block join. */
    private static void addFilterTerms(Document d, Facets facets) {
        for (String dim : IndexSchema.ALL_DIMS) {
            for (String v : facets.filterTerms(dim)) {
                d.add(new StringField(IndexSchema.filterField(dim), v, Field.Store.NO));
            }
        }
    }

    private Document article(AnalyzedArticle analyzed, FileInfo file, Facets facets) throws IOException {
        Article article = analyzed.article();
        Document d = new Document();
        d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexSchema.ARTICLE_ID, article.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(article.id())));
        d.add(new StringField(IndexSchema.FILE, file.key(), Field.Store.NO));
        // the file facts the next run compares with, as doc values only (IndexedFiles)
        d.add(new BinaryDocValuesField(IndexSchema.FILE_KEY_DV, new BytesRef(file.key())));
        d.add(new SortedDocValuesField(IndexSchema.ROOT_DV, new BytesRef(file.root())));
        d.add(new BinaryDocValuesField(IndexSchema.HASH_DV, new BytesRef(file.hash())));
        d.add(new NumericDocValuesField(IndexSchema.SIZE_DV, file.size()));
        d.add(new NumericDocValuesField(IndexSchema.MTIME_DV, file.mtime()));
        d.add(new StoredField(IndexSchema.PATH, article.path()));
        if (layout.wordsOnPassagesOnly()) {
            // text and title without words: nothing but passages matches words, and every document has
            // a norm for both fields (dense norms); the title is stored for display
            d.add(new Field(IndexSchema.TEXT, "", NO_TEXT_WITH_OFFSETS));
            d.add(new TextField(IndexSchema.TITLE, "", Field.Store.NO));
            if (article.title() != null) {
                d.add(new StoredField(IndexSchema.TITLE, article.title()));
            }
        } else if (article.title() != null) {
            // indexed as on passages (one schema per field)
            d.add(new TextField(IndexSchema.TITLE, article.title(), Field.Store.YES));
        }
        if (article.url() != null) {
            d.add(new StoredField(IndexSchema.URL, article.url()));
        }
        if (!article.authors().isEmpty()) {
            d.add(new StoredField(IndexSchema.AUTHORS, String.join("; ", article.authors())));
        }
        storedMetadata(d, article);
        if (article.published() != null) {
            long day = article.published().toEpochDay();
            d.add(new LongPoint(IndexSchema.PUBLISHED_DAY, day));
            d.add(new NumericDocValuesField(IndexSchema.PUBLISHED_DAY, day));
        }
        d.add(new StoredField(IndexSchema.PASSAGE_COUNT, analyzed.passages().size()));
        d.add(new StoredField(IndexSchema.ARTICLE_TEXT, article.text()));
        d.add(new StoredField(IndexSchema.ENTITIES_JSON, AnalysisJson.entitiesJson(analyzed.entities())));
        d.add(new StoredField(IndexSchema.DATES_JSON, AnalysisJson.datesJson(analyzed.dates())));
        d.add(new StoredField(IndexSchema.QUOTES_JSON, AnalysisJson.quotesJson(analyzed.quotes())));
        for (String dim : IndexSchema.ALL_DIMS) {
            for (String[] path : facets.paths(dim)) {
                d.add(new SortedSetDocValuesFacetField(dim, path));
            }
        }
        addFilterTerms(d, facets);
        for (String dim : IndexSchema.NAME_DIMS) {
            for (String value : facets.filterTerms(dim)) {
                for (String key : NameKeys.terms(value)) {
                    d.add(new StringField(NameKeys.field(dim), key, Field.Store.NO));
                }
            }
        }
        return facetsConfig.build(d);
    }

    /** Publication date and source as shown with a hit (passages and articles alike). */
    private static void storedMetadata(Document d, Article article) {
        if (article.published() != null) {
            d.add(new StoredField(IndexSchema.PUBLISHED, article.published().toString()));
        }
        if (article.source() != null) {
            d.add(new StoredField(IndexSchema.SOURCE, article.source()));
        }
    }

    /** Facet values of one article; flat dimensions have one-element paths. */
    private static Facets facetValues(AnalyzedArticle a) {
        Facets f = new Facets();
        for (EntityMention e : a.entities()) {
            f.add(e.type().dimension(), FacetLabels.clean(e.canonical()));
        }
        if (a.article().source() != null) {
            f.add(IndexSchema.DIM_SOURCE, FacetLabels.clean(a.article().source()));
        }
        // speakers that are named people or organisations of the article; role phrases ("another
        // co-author") stay with their quotations but would make a noisy facet
        Set<String> named = new java.util.HashSet<>();
        for (EntityMention e : a.entities()) {
            if (e.type() != org.newsidx.analysis.EntityType.PLACE) {
                named.add(e.canonical());
            }
        }
        for (Quotation q : a.quotes()) {
            if (q.speaker() != null && named.contains(q.speaker())) {
                f.add(IndexSchema.DIM_SPEAKER, FacetLabels.clean(q.speaker()));
            }
        }
        LocalDate published = a.article().published();
        if (published != null) {
            f.addPath(IndexSchema.DIM_PUBLISHED, FacetLabels.datePath(published.toString()));
        }
        for (DateMention dm : a.dates()) {
            if (dm.value() != null && ISO_DATE.matcher(dm.value()).matches()) {
                String[] ym = FacetLabels.datePath(dm.value());
                f.addPath(IndexSchema.DIM_MENTIONED, ym.length > 2 ? new String[] {ym[0], ym[1]} : ym);
                f.addFilterOnly(IndexSchema.DIM_MENTIONED, dm.value());
            }
        }
        return f;
    }

    /** Facet paths and filter terms of one article, deduplicated per dimension. */
    private static final class Facets {
        private final java.util.Map<String, Set<List<String>>> paths = new java.util.HashMap<>();
        private final java.util.Map<String, Set<String>> terms = new java.util.HashMap<>();

        void add(String dim, String value) {
            if (value != null && !value.isEmpty()) {
                addPath(dim, new String[] {value});
            }
        }

        void addPath(String dim, String[] path) {
            paths.computeIfAbsent(dim, k -> new LinkedHashSet<>()).add(List.of(path));
            StringBuilder prefix = new StringBuilder();
            for (String part : path) {
                if (prefix.length() > 0) {
                    prefix.append('-');
                }
                prefix.append(part);
                addFilterOnly(dim, prefix.toString());
            }
        }

        void addFilterOnly(String dim, String term) {
            terms.computeIfAbsent(dim, k -> new LinkedHashSet<>()).add(term);
        }

        List<String[]> paths(String dim) {
            return paths.getOrDefault(dim, Set.of()).stream().map(l -> l.toArray(String[]::new)).toList();
        }

        Set<String> filterTerms(String dim) {
            return terms.getOrDefault(dim, Set.of());
        }
    }
}
