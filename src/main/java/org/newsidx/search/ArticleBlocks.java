package org.newsidx.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.newsidx.index.IndexLayout;
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

    /** The passage fields that hold words; article documents of {@link IndexLayout#V2} have none. */
    private static final Set<String> WORD_FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.QUOTE_TEXT);
    /**
     * The word fields that article documents never have, so that "the field exists" means a passage
     * (article documents of V2 have empty text and title fields, whose norms count as existing).
     */
    private static final Set<String> PASSAGE_ONLY_FIELDS = Set.of(IndexSchema.QUOTE_TEXT);

    /**
     * The passages that {@code words} match. The passage-type filter is left out where the layout
     * guarantees that the query cannot match an article document (its words are on passages only,
     * and the query holds no match-all or other non-word clause); skipping that intersection is a
     * fifth of a search's time.
     */
    static Query passagesMatching(Query words, IndexLayout layout) {
        if (layout.wordsOnPassagesOnly() && onlyWords(words)) {
            return words;
        }
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(PASSAGES, BooleanClause.Occur.FILTER).build();
    }

    /** Whether every clause of {@code q} matches words of passages (or passages through a join). */
    static boolean onlyWords(Query q) {
        boolean[] other = {false};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!WORD_FIELDS.contains(field)) {
                    other[0] = true;
                }
                return true;
            }

            @Override
            public void consumeTermsMatching(Query query, String field,
                                             Supplier<ByteRunAutomaton> automaton) {
                acceptField(field); // wildcards and fuzzy words
            }

            @Override
            public void visitLeaf(Query leaf) {
                // a join from articles to their passages matches passages; any other leaf that is not
                // about words (match-all, a points range) might match article documents
                if (leaf instanceof FieldExistsQuery exists && PASSAGE_ONLY_FIELDS.contains(exists.getField())) {
                    return; // "has a quotation" (quotes QUERY)
                }
                if (!(leaf instanceof ToChildBlockJoinQuery) && !(leaf instanceof MatchNoDocsQuery)) {
                    other[0] = true;
                }
            }
        });
        return !other[0];
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
