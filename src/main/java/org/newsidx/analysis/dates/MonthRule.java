package org.newsidx.analysis.dates;

import java.time.Month;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month-level dates: "March 2023", "March of 2023", "June last year", "last March", "early December",
 * "in May". "May" and "March" count only with a date context (a preposition, a modifier or a year), so
 * that the verb "may", the name May and a march are not dates.
 */
final class MonthRule implements DateRule {

    private static final Lookahead.Words END_BEGINNING_MIDDLE_START = Lookahead.Words.of("end", "beginning", "middle", "start");

    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<mod>last|next|this|early|late|mid|end|the\\s+end\\s+of|the\\s+beginning\\s+of"
                    + "|the\\s+middle\\s+of|the\\s+start\\s+of)[\\s-]+)?"
                    + "(?<month>" + CalendarNames.MONTH_REGEX + ")(?!\\p{L})"
                    + "(?:,?\\s+(?:of\\s+)?(?<year>(?:1[6-9]|20)\\d\\d)(?![\\p{N}])"
                    + "|\\s+(?<rel>last|this|next)\\s+year)?",
            Pattern.CASE_INSENSITIVE);

    /** Words before a bare month that make it a date. */
    private static final Set<String> CONTEXT = Set.of(
            "in", "since", "by", "until", "till", "through", "from", "during", "of", "to", "before", "after",
            "between", "and", "or", "for", "early", "late", "mid", "last", "next", "this", "end", "beginning",
            "middle", "start", "around", "throughout", "on", "past", "coming", "each", "every");

    /** The stricter set for "May" and "March", which are also a verb, a name and a noun. */
    private static final Set<String> STRICT_CONTEXT = Set.of(
            "in", "since", "by", "until", "till", "through", "from", "during", "early", "late", "mid", "last", "next",
            "this", "around", "throughout", "before", "after", "between");

    /** "by May", "until March", "through January": a deadline, most often ahead of the publication date. */
    private static final Set<String> UNTIL = Set.of("by", "until", "till", "through", "before");

    private static final WordSet TRIGGERS = WordSet.of(triggers());

    /** The first three letters of every month name and abbreviation. */
    private static final Lookahead.Words MONTH_STARTS = Lookahead.Words.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** What must follow a modifier for {@link #MONTH} to match there: a month, or "end of" and the like. */
    private static final WordIndex.Precheck AHEAD = (text, s, e, word) -> switch (word) {
        case "last", "next", "this", "early", "late", "mid", "end" -> Lookahead.spaceOrDashThen(text, e, MONTH_STARTS);
        case "the" -> Lookahead.spaceThen(text, e, END_BEGINNING_MIDDLE_START);
        default -> true;
    };

    private static Set<String> triggers() {
        Set<String> t = new HashSet<>(CalendarNames.MONTH_WORDS);
        t.addAll(Set.of("last", "next", "this", "early", "late", "mid", "end", "the"));
        return Set.copyOf(t);
    }

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(MONTH, TRIGGERS, false, AHEAD, m -> onMatch(text, context, m, out));
    }

    @Override
    public Set<String> triggerWords() {
        return TRIGGERS.words();
    }

    private static void onMatch(String text, ResolutionContext context, Matcher m, List<DateCandidate> out) {
        String name = m.group("month");
        if (!Character.isUpperCase(name.charAt(0))) {
            return;
        }
        Month month = CalendarNames.month(name);
        if (month == null) {
            return;
        }
        String year = m.group("year");
        String rel = m.group("rel");
        String mod = m.group("mod") == null ? null : m.group("mod").toLowerCase(Locale.ROOT);
        if (year == null && rel == null) {
            if (name.length() <= 5 && name.length() < month.name().length()) {
                return; // abbreviations need a day or a year
            }
            if (!hasDateContext(text, m, mod, month)) {
                return;
            }
        }
        out.add(new DateCandidate(m.start(), m.end(), value(text, context, m, month, year, rel, mod)));
    }

    private static String value(String text, ResolutionContext context, Matcher m, Month month, String year, String rel,
                                String mod) {
        if (year != null) {
            return CalendarValue.month(YearMonth.of(Integer.parseInt(year), month));
        }
        if (!context.anchored()) {
            return null;
        }
        int anchorYear = context.anchor().getYear();
        if (rel != null) {
            int y = switch (rel.toLowerCase(Locale.ROOT)) {
                case "last" -> anchorYear - 1;
                case "next" -> anchorYear + 1;
                default -> anchorYear;
            };
            return CalendarValue.month(YearMonth.of(y, month));
        }
        if ("last".equals(mod)) {
            return context.monthStrict(month, false);
        }
        if ("next".equals(mod)) {
            return context.monthStrict(month, true);
        }
        if ("this".equals(mod)) {
            return CalendarValue.month(YearMonth.of(anchorYear, month));
        }
        String before = NeighbourWords.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        Tense tense = UNTIL.contains(before) ? Tense.FUTURE : context.tenseAround(m.start(), m.end());
        return context.month(month, tense);
    }

    private static boolean hasDateContext(String text, Matcher m, String mod, Month month) {
        if (mod != null) {
            return true;
        }
        int start = m.start("month");
        String before = NeighbourWords.wordBefore(text, start).toLowerCase(Locale.ROOT);
        if (month == Month.MAY || month == Month.MARCH) {
            return STRICT_CONTEXT.contains(before);
        }
        boolean context = CONTEXT.contains(before);
        if (context) {
            return true;
        }
        String after = NeighbourWords.wordAfter(text, m.end());
        // "April Fools", "June Carter", "August Strindberg": a capitalised word right after is a name
        return after.isEmpty() || !Character.isUpperCase(after.charAt(0))
                || CalendarNames.weekday(after) != null;
    }
}
