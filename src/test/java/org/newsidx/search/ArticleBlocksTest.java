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
