package org.newsidx.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsidx.index.IndexSchema;

/** Passages found by id, on the samples. */
class ArticleLookupTest {

    @TempDir
    Path tmp;

    @Test
    void everyPassageIsFoundByItsIdAsItsArticleListsIt() throws Exception {
        try (IndexSnapshot index = SamplesIndex.open(tmp)) {
            ArticleLookup lookup = new ArticleLookup(index);
            Set<String> articles = new LinkedHashSet<>();
            for (ScoreDoc sd : index.searcher().search(new MatchAllDocsQuery(), 10_000).scoreDocs) {
                articles.add(index.searcher().storedFields().document(sd.doc).get(IndexSchema.ARTICLE_ID));
            }
            int passages = 0;
            for (String id : articles) {
                List<StoredPassage> listed = lookup.passagesOf(id);
                assertTrue(!listed.isEmpty(), id);
                for (StoredPassage p : listed) {
                    assertEquals(p, lookup.passage(p.id()).orElseThrow(), p.id());
                    passages++;
                }
                assertTrue(lookup.passage(id + "#" + (listed.size() + 1)).isEmpty());
                assertTrue(lookup.passage(id + "#0").isEmpty());
            }
            assertEquals(51, articles.size());
            assertEquals(392, passages);
        }
    }
}
