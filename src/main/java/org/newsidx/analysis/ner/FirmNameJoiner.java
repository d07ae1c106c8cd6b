package org.newsidx.analysis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsidx.analysis.EntityType;

/**
 * Joins the pieces of a firm's name that the tagger cut at "and" or a comma: "American Telephone" +
 * "Telegraph Co" of "American Telephone and Telegraph Co", "Kidder" + "Peabody" + "and Co" of "Kidder,
 * Peabody and Co", "House Ways" + "Means Committee". Each piece alone made a facet value that lies
 * ("Telegraph", a person "Peabody"). Two names are joined only when the second ends like a firm and the
 * first does not (two firms listed, "Allegheny Power System Inc and Duquesne Light Co", stay two), and
 * the first does not start like a person's name ("Carl Icahn and Texaco Inc" are a man and a firm;
 * "Smith Barney", a well-known firm, does not).
 */
final class FirmNameJoiner {

    /** Last words of the second piece: legal forms, and words that end the names of firms and bodies. */
    private static final Set<String> FIRM_ENDINGS = CompanyForms.legalFormsAnd("company", "corporation", "sons",
            "brothers", "bros", "partners", "associates", "association", "committee");

    /** "and Co", "& Sons Inc" right after a name: the rest of the firm's name, which the tagger left out. */
    private static final Pattern AND_COMPANY = Pattern.compile(
            "\\s*(and|&)\\s+((Co|Cos|Bros)(?![-\\w])\\.?|(Company|Sons|Brothers|Partners|Associates)(?![-\\w]))"
                    + "(\\s+(Inc|Ltd|Corp|Plc|LP)\\b\\.?)?");

    /**
     * "and Electric Company" right after a name, with no mention in it: the untagged rest of a firm's
     * name ("Pacific Gas and Electric Company"), one or two capitalised words and a legal form.
     */
    private static final Pattern AND_UNTAGGED_FIRM = Pattern.compile(
            "\\s*(and|&)\\s+(\\p{Lu}[\\p{L}'-]*\\s+){1,2}(Company|Corporation|Co|Corp|Inc|Ltd|Plc)\\b\\.?");

    /** Words per piece at most: firms' names, not phrases. */
    private static final int MAX_WORDS = 3;

    private final Predicate<String> personLike;
    private final Predicate<String> knownOrganisation;

    /**
     * @param personLike whether a name starts like a person's (with a given name: "Carl Icahn")
     * @param knownOrganisation whether a name is a well-known organisation ("Salomon Brothers")
     */
    FirmNameJoiner(Predicate<String> personLike, Predicate<String> knownOrganisation) {
        this.personLike = personLike;
        this.knownOrganisation = knownOrganisation;
    }

    /** The mentions (in text order) with the pieces of firms' names joined. */
    List<RecognisedMention> join(String text, List<RecognisedMention> mentions) {
        List<RecognisedMention> out = new ArrayList<>(mentions.size());
        boolean changed = false;
        for (RecognisedMention m : mentions) {
            int n = out.size();
            if (n > 0 && m.start() < out.get(n - 1).end()) {
                changed = true; // "Sons" of "Alex. Brown and Sons Inc", now inside the joined name
                continue;
            }
            RecognisedMention joined = withAndCompany(text, m);
            if (joined == m) {
                joined = withUntaggedFirmEnd(text, mentions, m);
            }
            if (n > 0 && joinable(text, mentions, n > 1 ? out.get(n - 2) : null, out.get(n - 1), joined)) {
                RecognisedMention first = out.remove(n - 1);
                joined = new RecognisedMention(first.start(), joined.end(), text.substring(first.start(), joined.end()),
                        EntityType.ORG);
            }
            changed |= joined != m;
            out.add(joined);
        }
        return changed ? out : mentions;
    }

    private static RecognisedMention withAndCompany(String text, RecognisedMention m) {
        Matcher and = restOfFirm(text, m, AND_COMPANY);
        return and == null ? m : extended(text, m, and.end());
    }

    /**
     * The name with the untagged rest of its firm's name ({@link #AND_UNTAGGED_FIRM}), unless it is a
     * person's; else the name itself.
     */
    private RecognisedMention withUntaggedFirmEnd(String text, List<RecognisedMention> mentions, RecognisedMention m) {
        Matcher and = restOfFirm(text, m, AND_UNTAGGED_FIRM);
        if (and == null || m.type() == EntityType.PERSON || personLike.test(m.text())) {
            return m;
        }
        for (RecognisedMention other : mentions) {
            if (other.start() >= m.end() && other.start() < and.end()) {
                return m; // the rest is a name of its own
            }
        }
        return extended(text, m, and.end());
    }

    /**
     * The match of {@code rest} ("and ..." or "& ...") right after a name of at most {@link #MAX_WORDS}
     * words that does not already end like a firm, or null.
     */
    private static Matcher restOfFirm(String text, RecognisedMention m, Pattern rest) {
        int next = m.end();
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (!text.startsWith("and ", next) && !text.startsWith("& ", next)) {
            return null; // most names: no regular expression
        }
        Matcher and = rest.matcher(text).region(m.end(), text.length());
        return and.lookingAt() && wordCount(m.text()) <= MAX_WORDS && !endsLikeAFirm(m.text()) ? and : null;
    }

    /** The organisation from the name's start to {@code end}. */
    private static RecognisedMention extended(String text, RecognisedMention m, int end) {
        return new RecognisedMention(m.start(), end, text.substring(m.start(), end), EntityType.ORG);
    }

    /**
     * "A and B Co" or "A, B and Co": the second ends like a firm, the first does not and does not start
     * like a person's name; a comma only before a name that itself has "and" ("Kidder, Peabody and Co");
     * "and" not at the end of a list ("Paramount, Universal and Warner Brothers"), nor after a
     * person-tagged name unless one word comes before the firm ending ("Wagner and Brown and AFG
     * Industries Inc" names two firms), nor between names that are each a well-known organisation
     * ("Drexel and Salomon Brothers Inc"), nor before a name that the article gives on its own elsewhere.
     *
     * @param before the mention before {@code first}, or null
     */
    private boolean joinable(String text, List<RecognisedMention> mentions, RecognisedMention before,
                             RecognisedMention first, RecognisedMention second) {
        int gap = second.start() - first.end();
        if (gap < 2 || gap > 5) {
            return false; // neither ", " nor " and " nor " & " between them
        }
        String between = text.substring(first.end(), second.start());
        if (!between.equals(", ") && !between.equals(" and ") && !between.equals(" & ")
                || !endsLikeAFirm(second.text()) || endsLikeAFirm(first.text())
                || wordCount(first.text()) > MAX_WORDS || personLike.test(first.text())) {
            return false;
        }
        if (between.equals(", ")) {
            return second.text().contains(" and ") || second.text().contains(" & ");
        }
        if (before != null && text.substring(before.end(), first.start()).equals(", ")) {
            return false; // the end of a list
        }
        String secondName = EntityCanonicalizer.withoutCompanyForm(second.text());
        int secondWords = wordCount(secondName);
        return secondWords <= MAX_WORDS && (first.type() != EntityType.PERSON || secondWords == 1)
                && !knownOrganisation.test(first.text()) && !knownOrganisation.test(secondName)
                && !standsAlone(text, mentions, secondName);
    }

    /**
     * Whether the article names {@code name} on its own elsewhere, not next to "and": "Compaq and Apple
     * Computer Inc" of an article that also says "Apple Computer's shares" names two firms. (The first
     * piece standing alone proves nothing: "Pacific Gas said" is the short name of "Pacific Gas and
     * Electric Co".)
     */
    private static boolean standsAlone(String text, List<RecognisedMention> mentions, String name) {
        for (RecognisedMention m : mentions) {
            if (m.text().equalsIgnoreCase(name) || EntityCanonicalizer.withoutCompanyForm(m.text()).equalsIgnoreCase(name)) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 5));
                String before = text.substring(Math.max(0, m.start() - 5), m.start());
                if (!after.startsWith(" and ") && !after.startsWith(" & ") && !before.endsWith(" and ")
                        && !before.endsWith(" & ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsLikeAFirm(String name) {
        return CompanyForms.endsWithOneOf(name, FIRM_ENDINGS);
    }

    private static int wordCount(String name) {
        return CompanyForms.words(name).length;
    }
}
