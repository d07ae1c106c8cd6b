package org.newsidx.analysis.dates;

import java.util.List;
import java.util.Set;

/** One family of date expressions: finds its matches in a text and resolves them. Implementations are stateless. */
interface DateRule {

    void collect(String text, ResolutionContext context, List<DateCandidate> out);

    /** The lower-case words where this rule's expressions can start (numbers always count). */
    Set<String> triggerWords();
}
