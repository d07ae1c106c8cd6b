package org.newsidx.analysis.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The abbreviated legal forms that end company names ("Inc", "Corp.", "AG"), in one place for the
 * rules that recognise firms and the canonicaliser that strips the forms, each adding the words of
 * its own job; and the last word of a name as those rules compare it.
 */
final class CompanyForms {

    /** Abbreviated legal forms, lower case, without dots. */
    static final Set<String> LEGAL = Set.of("inc", "corp", "co", "cos", "ltd", "plc", "llc", "lp", "ag", "nv", "bv",
            "gmbh");

    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");

    private CompanyForms() {
    }

    /** The legal forms and {@code words}. */
    static Set<String> legalFormsAnd(String... words) {
        Set<String> out = new HashSet<>(LEGAL);
        out.addAll(List.of(words));
        return Set.copyOf(out);
    }

    /** The words of a name, split at spaces and commas. */
    static String[] words(String name) {
        return WORD_BREAKS.split(name.strip());
    }

    /** A word lower case without a final dot or the angle brackets of a ticker ("Corp." -> "corp", "Co>" -> "co"). */
    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int from = 0;
        int to = w.length();
        while (from < to && w.charAt(from) == '<') {
            from++; // a wire story's ticker markup: "<James Capel and Co>"
        }
        while (to > from && (w.charAt(to - 1) == '>' || w.charAt(to - 1) == '.')) {
            to--;
        }
        return w.substring(from, to);
    }

    /** Whether a name of two or more words ends with one of {@code lastWords} (bare). */
    static boolean endsWithOneOf(String name, Set<String> lastWords) {
        String[] words = words(name);
        return words.length >= 2 && lastWords.contains(bare(words[words.length - 1]));
    }
}
