package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.newsidx.index.IndexLayout;
import org.newsidx.index.IndexSchema;

/** Which queries can skip the passage-type filter: those that only match words of passages. */
class ArticleBlocksTest {

    private final QueryFactory parser = new QueryFactory(IndexSchema.analyzer());

    private boolean onlyWords(String q) throws QuerySyntaxException {
        return ArticleBlocks.onlyWords(parser.parse(q));
    }

    @Test
    void wordsPhrasesWildcardsAndNegationsOnlyMatchPassages() throws QuerySyntaxException {
        assertTrue(onlyWords("returns agreement"));
        assertTrue(onlyWords("\"small boats\" AND title:Channel"));
        assertTrue(onlyWords("migra* OR Macron~ NOT Italy"));
        assertTrue(onlyWords("quotes:boats"));
        assertTrue(onlyWords("person:Macron AND boats"), "typed filters reach passages through the join");
    }

    @Test
    void havingAQuotationIsAboutPassagesButHavingTextIsNot() throws QuerySyntaxException {
        var quoted = new org.apache.lucene.search.FieldExistsQuery(IndexSchema.QUOTE_TEXT);
        assertTrue(ArticleBlocks.onlyWords(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(parser.parse("boats"), org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(quoted, org.apache.lucene.search.BooleanClause.Occur.FILTER).build()));
        // article documents have an empty text field, whose norm counts as the field existing
        assertFalse(ArticleBlocks.onlyWords(new org.apache.lucene.search.FieldExistsQuery(IndexSchema.TEXT)));
    }

    @Test
    void matchAllMightMatchArticleDocuments() throws QuerySyntaxException {
        assertFalse(onlyWords("*"));
        assertFalse(ArticleBlocks.onlyWords(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(parser.parse("boats"), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .build()));
    }

    @Test
    void theFilterStaysForOlderLayouts() throws QuerySyntaxException {
        Query words = parser.parse("returns agreement");
        assertSame(words, ArticleBlocks.passagesMatching(words, IndexLayout.V2));
        assertTrue(ArticleBlocks.passagesMatching(words, IndexLayout.V1) != words);
    }
}
