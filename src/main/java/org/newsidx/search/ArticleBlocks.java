package org.newsidx.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.newsidx.index.IndexSchema;

/**
 * The two levels of an article block (passages, then their article document) and the joins between
 * them. Filter terms live on article documents only; {@link #passagesOf} turns a filter on articles
 * into the same filter on their passages.
 */
final class ArticleBlocks {

    static final Query PASSAGES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE));
    static final Query ARTICLES = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE));
    /** Which documents end a block; cached per segment, shared by every query of the process. */
    static final BitSetProducer PARENTS = new QueryBitSetProducer(ARTICLES);

    private ArticleBlocks() {
    }

    /**
     * The passages of the articles that {@code articleQuery} matches. The query is held to article
     * documents: the join requires it, and indexes written before filter terms left the passages
     * still have them there.
     */
    static Query passagesOf(Query articleQuery) {
        Query articlesOnly = new BooleanQuery.Builder()
                .add(articleQuery, BooleanClause.Occur.MUST)
                .add(ARTICLES, BooleanClause.Occur.FILTER)
                .build();
        return new ToChildBlockJoinQuery(articlesOnly, PARENTS);
    }
}
