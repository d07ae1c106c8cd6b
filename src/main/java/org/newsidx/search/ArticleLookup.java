package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsidx.analysis.Quotation;
import org.newsidx.index.AnalysisJson;
import org.newsidx.index.IndexSchema;
import org.newsidx.ingest.ArticleIds;

/** Finds stored articles and passages by id. */
public final class ArticleLookup {

    private final IndexSnapshot index;

    public ArticleLookup(IndexSnapshot index) {
        this.index = index;
    }

    public Optional<StoredArticle> article(String articleId) throws IOException {
        int doc = articleDoc(articleId);
        if (doc < 0) {
            return Optional.empty();
        }
        Document d = index.searcher().storedFields().document(doc);
        return Optional.of(new StoredArticle(d.get(IndexSchema.ARTICLE_ID), d.get(IndexSchema.PATH),
                d.get(IndexSchema.TITLE), d.get(IndexSchema.PUBLISHED), d.get(IndexSchema.SOURCE),
                d.get(IndexSchema.URL), d.get(IndexSchema.AUTHORS), d.get(IndexSchema.ARTICLE_TEXT),
                d.getField(IndexSchema.PASSAGE_COUNT).numericValue().intValue(),
                AnalysisJson.entities(d.get(IndexSchema.ENTITIES_JSON)),
                AnalysisJson.dates(d.get(IndexSchema.DATES_JSON)),
                AnalysisJson.quotes(d.get(IndexSchema.QUOTES_JSON))));
    }

    /** The quotations of an article (its text and other analysis not read), or empty when no article has this id. */
    public Optional<List<Quotation>> quotes(String articleId) throws IOException {
        int doc = articleDoc(articleId);
        if (doc < 0) {
            return Optional.empty();
        }
        Document d = index.searcher().storedFields().document(doc, Set.of(IndexSchema.QUOTES_JSON));
        return Optional.of(AnalysisJson.quotes(d.get(IndexSchema.QUOTES_JSON)));
    }

    /** The article document with this id, or -1. */
    private int articleDoc(String articleId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                .add(ArticleBlocks.ARTICLES, BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = index.searcher().search(q, 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** A passage by its id ({@code article#n}): passage ids are stored, not indexed, so via its article. */
    public Optional<StoredPassage> passage(String passageId) throws IOException {
        if (!isPassageId(passageId)) {
            return Optional.empty();
        }
        for (StoredPassage p : passagesOf(ArticleIds.articleIdOf(passageId))) {
            if (p.id().equals(passageId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The passages of an article, in text order. */
    public List<StoredPassage> passagesOf(String articleId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                .add(ArticleBlocks.PASSAGES, BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = index.searcher().search(q, 100_000, new Sort(SortField.FIELD_DOC));
        List<StoredPassage> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(passage(index.searcher().storedFields().document(sd.doc)));
        }
        return out;
    }

    /** Whether an id names a passage ({@code article#n}) rather than an article. */
    public static boolean isPassageId(String id) {
        return !ArticleIds.articleIdOf(id).equals(id);
    }

    private static StoredPassage passage(Document d) {
        return new StoredPassage(d.get(IndexSchema.PASSAGE_ID), d.get(IndexSchema.ARTICLE_ID),
                d.getField(IndexSchema.N).numericValue().intValue(),
                d.getField(IndexSchema.START).numericValue().intValue(),
                d.getField(IndexSchema.END).numericValue().intValue(), d.get(IndexSchema.TEXT));
    }
}
