package org.newsidx.analysis.dates;

import java.util.List;

/** One family of date expressions: finds its matches in a text and resolves them. Implementations are stateless. */
interface DateRule {

    void collect(String text, ResolutionContext context, List<DateCandidate> out);
}
