package org.newsidx.analysis.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years standing alone: "in 2019", "fiscal 1989", "since 1998", "the end of 1998", "mid-1999". A four-digit
 * number from 1900 to 2099 counts unless it is part of a larger number or an amount ("$2,019", "2019.5",
 * "2000 people", "1990s", "1998-99", "Flight 1998", "1930 GMT").
 */
final class YearRule implements DateRule {

    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}$£€¥#.,/:'’-])(?:(?<mod>(?i:fiscal|calendar|the\\s+end\\s+of|the\\s+beginning\\s+of|"
                    + "the\\s+middle\\s+of|the\\s+start\\s+of|early|late|mid|post|pre))[\\s-]+)?"
                    + "(?<year>19\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}%'’]|[.,:/]\\d|-\\d)");

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
            "firms", "flights", "passengers", "and", "to", "or", "more", "others", "of", "-");

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int yearStart = m.start("year");
            if (m.group("mod") == null) {
                if (yearStart > 0 && text.charAt(yearStart - 1) == '-') {
                    continue;
                }
                String before = NeighbourWords.wordBefore(text, yearStart).toLowerCase(Locale.ROOT);
                if (NOT_AFTER.contains(before)) {
                    continue;
                }
            }
            String after = NeighbourWords.wordAfter(text, m.end()).toLowerCase(Locale.ROOT);
            if (NOT_BEFORE.contains(after) && !isYearList(text, m.end(), after)) {
                continue;
            }
            out.add(new DateCandidate(m.start(), m.end(), m.group("year")));
        }
    }

    /** "1998 and 1999", "1990 to 1995": a year followed by another year is still a year. */
    private static boolean isYearList(String text, int end, String after) {
        if (!(after.equals("and") || after.equals("to") || after.equals("or") || after.equals("-"))) {
            return false;
        }
        int i = text.toLowerCase(Locale.ROOT).indexOf(after, end) + after.length();
        String next = NeighbourWords.wordAfter(text, i);
        return next.matches("(?:19|20)\\d\\d");
    }
}
