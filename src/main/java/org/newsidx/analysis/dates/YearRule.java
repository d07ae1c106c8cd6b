package org.newsidx.analysis.dates;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years standing alone: "in 2019", "fiscal 1989", "since 1998", "the end of 1998", "mid-1999", and spelled out
 * ("nineteen ninety-six"). A four-digit number from 1900 to 2099 counts unless it is part of a larger number
 * or an amount ("$2,019", "2019.5", "2000 people", "1990s", "1998-99", "Flight 1998", "1930 GMT"); older
 * years (1500-1899) only after a preposition ("in 1898").
 */
final class YearRule implements DateRule {

    private static final Lookahead.Words END_BEGINNING_MIDDLE_START = Lookahead.Words.of("end", "beginning", "middle", "start");
    private static final Lookahead.Words YEAR_WORD = Lookahead.Words.of("year");

    private static final Pattern YEAR = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}$£€¥#.,/:'’-])|(?<=(?<![\\p{N}-])(?:19|20)\\d\\d-))"
                    + "(?:(?<mod>(?i:fiscal|calendar|the\\s+end\\s+of|the\\s+beginning\\s+of|"
                    + "the\\s+middle\\s+of|the\\s+start\\s+of|early|late|mid|end|post|pre))[\\s-]+)?"
                    + "(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}%'’]|[.,:/]\\d|-\\d{1,3}(?!\\d))");

    private static final Set<String> NOT_AFTER = Set.of(
            "no", "number", "flight", "route", "room", "article", "section", "resolution", "chapter", "page",
            "pages", "rule", "model", "version", "windows", "office", "bill", "code", "item", "vol", "volume",
            "issue", "exit", "highway", "interstate", "channel", "gate", "platform", "box", "suite", "unit",
            "apartment", "paragraph", "clause", "law", "act", "decree", "order", "be", "ibm", "boeing", "airbus",
            "road", "street", "avenue", "ave", "st", "dow", "index", "nasdaq", "ftse", "dax", "nikkei",
            "about", "some", "nearly", "almost", "over", "than", "approximately", "roughly", "around", "only",
            "just", "another", "additional", "extra", "all", "first", "last", "top", "least", "most");

    private static final Set<String> NOT_BEFORE = Set.of(
            "people", "persons", "men", "women", "children", "troops", "soldiers", "shares", "tons", "tonnes",
            "feet", "foot", "ft", "meters", "metres", "m", "miles", "kilometers", "kilometres", "km", "yards",
            "pounds", "dollars", "euros", "yen", "points", "votes", "jobs", "cars", "units", "acres", "hectares",
            "barrels", "calories", "members", "workers", "employees", "cases", "deaths", "homes", "houses",
            "students", "square", "gmt", "utc", "est", "edt", "bst", "cet", "hrs", "hours", "local", "copies",
            "vehicles", "planes", "aircraft", "patients", "residents", "refugees", "prisoners", "jews", "civilians",
            "police", "officers", "protesters", "demonstrators", "delegates", "years", "times", "words", "bytes",
            "kg", "lb", "lbs", "mw", "gw", "rpm", "mph", "kph", "degrees", "stores", "branches", "companies",
            "firms", "flights", "passengers", "pence", "cents", "p", "francs", "marks", "lire", "yuan", "won", "rupees",
            "pesos", "roubles", "rubles");

    /** Prepositions that make an older four-digit number ("in 1898") a year. */
    private static final Set<String> YEAR_PREPOSITION = Set.of(
            "in", "since", "by", "of", "from", "until", "till", "before", "after", "during", "between", "around");

    /** Spelled-out years as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
    private static final Pattern SPELLED = Pattern.compile(
            "(?<![\\p{L}])(?i:nineteen)[\\s-]+(?<tens>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                    + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
                    + "(?:[\\s-]+(?<units>(?i:one|two|three|four|five|six|seven|eight|nine)))?(?![\\p{L}])"
                    + "|(?<![\\p{L}])(?i:the\\s+year\\s+two\\s+thousand)(?![\\p{L}])");

    private static final WordSet YEAR_TRIGGERS = WordSet.of(
            "fiscal", "calendar", "the", "early", "late", "mid", "end", "post", "pre");
    private static final WordSet SPELLED_TRIGGERS = WordSet.of("nineteen", "the");

    /** {@link #YEAR}: a four-digit number from 1500 to 2099, or a modifier followed by one ("the end of" a year). */
    private static final WordIndex.Precheck YEAR_AHEAD = (text, s, e, word) -> {
        if (word == null) {
            if (!Lookahead.asciiDigits(text, s, e, 4, 4)) {
                return false;
            }
            char a = text.charAt(s);
            char b = text.charAt(s + 1);
            return a == '1' && b >= '5' || a == '2' && b == '0';
        }
        return word.equals("the") ? Lookahead.spaceThen(text, e, END_BEGINNING_MIDDLE_START)
                : Lookahead.spaceOrDashThenChar(text, e, '1', '2');
    };

    private static final WordIndex.Precheck SPELLED_AHEAD = (text, s, e, word) ->
            !word.equals("the") || Lookahead.spaceThen(text, e, YEAR_WORD);

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(YEAR, YEAR_TRIGGERS, true, YEAR_AHEAD, m -> year(text, m, out));
        context.words().forEachMatch(SPELLED, SPELLED_TRIGGERS, false, SPELLED_AHEAD, m -> spelled(m, out));
    }

    @Override
    public Set<String> triggerWords() {
        Set<String> all = new HashSet<>(YEAR_TRIGGERS.words());
        all.addAll(SPELLED_TRIGGERS.words());
        return all;
    }

    private static void year(String text, Matcher m, List<DateCandidate> out) {
        int yearStart = m.start("year");
        String beforeLower = NeighbourWords.wordBefore(text, yearStart).toLowerCase(Locale.ROOT);
        if (m.group("year").startsWith("1") && m.group("year").charAt(1) < '9'
                && !YEAR_PREPOSITION.contains(beforeLower)) {
            return;
        }
        if (m.group("mod") == null) {
            if (NOT_AFTER.contains(beforeLower)) {
                return;
            }
        }
        String after = NeighbourWords.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
        if (NOT_BEFORE.contains(after)) {
            return;
        }
        out.add(new DateCandidate(m.start(), m.end(), m.group("year")));
    }

    private static void spelled(Matcher m, List<DateCandidate> out) {
        String tens = m.group("tens");
        int year = 2000;
        if (tens != null) {
            int i = SPELLED_NUMBERS.indexOf(tens.toLowerCase(Locale.ROOT));
            year = 1900 + (i < 10 ? 10 + i : (i - 8) * 10);
            if (m.group("units") != null) {
                year += UNITS.indexOf(m.group("units").toLowerCase(Locale.ROOT)) + 1;
            }
        }
        out.add(new DateCandidate(m.start(), m.end(), CalendarValue.year(year)));
    }

    private static final List<String> SPELLED_NUMBERS = List.of(
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private static final List<String> UNITS = List.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
}
