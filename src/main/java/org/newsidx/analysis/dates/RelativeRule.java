package org.newsidx.analysis.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates relative to the publication date: "yesterday", "today", "tomorrow", "tonight", "last night",
 * "this morning", "two days ago", "a year ago", "a year earlier", "last year", "next month",
 * "earlier this month", "this week" (ISO week value). Null values without a publication date.
 */
final class RelativeRule implements DateRule {

    private static final Lookahead.Words DAY_WORDS = Lookahead.Words.of(
            "yesterday", "today", "tomorrow", "tonight", "the", "last", "this");
    private static final Lookahead.Words DAY_WORD_AFTER_THE = Lookahead.Words.of("day");
    private static final Lookahead.Words NIGHT = Lookahead.Words.of("night");
    private static final Lookahead.Words MORNING_AFTERNOON_EVENING = Lookahead.Words.of("morning", "afternoon", "evening");
    private static final Lookahead.Words UNITS = Lookahead.Words.of("day", "week", "month", "year");
    private static final Lookahead.Words UNITS_OR_HUNDRED = Lookahead.Words.of("day", "week", "month", "year", "hundred");
    private static final Lookahead.Words END_FULL_CURRENT_PAST = Lookahead.Words.of("end", "full", "current", "past");
    private static final Lookahead.Words OF = Lookahead.Words.of("of");
    private static final Lookahead.Words IN = Lookahead.Words.of("in");
    private static final Lookahead.Words IN_OR_WHICH = Lookahead.Words.of("in", "last", "this", "next", "current");
    private static final Lookahead.Words WEEK_MONTH_YEAR = Lookahead.Words.of("week", "month", "year");

    private static final String NUMBER = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred)";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Pattern DAY_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:late|early|earlier|later)\\s+)?"
                    + "(?<word>yesterday|today|tomorrow|tonight|the\\s+day\\s+before\\s+yesterday"
                    + "|the\\s+day\\s+after\\s+tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))"
                    + "(?!\\p{L})(?:\\s+(?:morning|afternoon|evening|night)(?!\\p{L}))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AGO = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + NUMBER + "\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>ago|earlier|later|hence)"
                    + "(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern THIS_UNIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:earlier|later|early|late)\\s+(?:in\\s+)?)?(?<which>last|this|next|current)\\s+"
                    + "(?<unit>week|month|year)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    /** Year-level phrases of business news: "year-end", "by the end of the year", "year-earlier", "the past year". */
    private static final Pattern YEAR_PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<thisYear>(?:the\\s+)?end\\s+of\\s+the\\s+year|year[-\\s]end|year's\\s+end"
                    + "|the\\s+full\\s+year|the\\s+current\\s+fiscal\\s+year|earlier\\s+in\\s+the\\s+year)"
                    + "|(?<lastYear>year-earlier|year-ago|the\\s+past\\s+year))(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    /** Generic "today's": "today's world", "today's youth" are not the publication day. */
    private static final Pattern GENERIC_TODAY = Pattern.compile(
            "(?i)today['’]s\\s+(?!(?:meeting|vote|election|announcement|decision|talks|summit|ruling|hearing|session|"
                    + "game|match|race|rally|deadline|strike|march|protest|ceremony|speech|report|attack|launch|"
                    + "visit|trading|close|edition|editions|quiz|programme|program|show|broadcast|newspapers?|papers?)\\b)");

    private static final WordSet DAY_WORD_TRIGGERS = WordSet.of(
            "late", "early", "earlier", "later", "yesterday", "today", "tomorrow", "tonight", "the", "last", "this");
    private static final WordSet AGO_TRIGGERS = WordSet.of(NUMBER_WORDS.keySet());
    private static final WordSet YEAR_PHRASE_TRIGGERS = WordSet.of("the", "end", "year", "earlier");
    private static final WordSet THIS_UNIT_TRIGGERS = WordSet.of(
            "earlier", "later", "early", "late", "last", "this", "next", "current");

    private static final WordIndex.Precheck DAY_WORD_AHEAD = (text, s, e, word) -> switch (word) {
        case "late", "early", "earlier", "later" -> Lookahead.spaceThen(text, e, DAY_WORDS);
        case "the" -> Lookahead.spaceThen(text, e, DAY_WORD_AFTER_THE);
        case "last" -> Lookahead.spaceThen(text, e, NIGHT);
        case "this" -> Lookahead.spaceThen(text, e, MORNING_AFTERNOON_EVENING);
        default -> true;
    };

    /** A number of up to three digits or a number word, then a unit ("a hundred" for "a"). */
    private static final WordIndex.Precheck AGO_AHEAD = (text, s, e, word) -> {
        if (word == null) {
            return Lookahead.asciiDigits(text, s, e, 1, 3) && Lookahead.spaceThen(text, e, UNITS);
        }
        return word.equals("a") ? Lookahead.spaceThen(text, e, UNITS_OR_HUNDRED)
                : Lookahead.spaceThen(text, e, UNITS);
    };

    private static final WordIndex.Precheck YEAR_PHRASE_AHEAD = (text, s, e, word) -> switch (word) {
        case "the" -> Lookahead.spaceThen(text, e, END_FULL_CURRENT_PAST);
        case "end" -> Lookahead.spaceThen(text, e, OF);
        case "year" -> e < text.length() && (text.charAt(e) == '-' || text.charAt(e) == '\''
                || Lookahead.isSpace(text.charAt(e)));
        case "earlier" -> Lookahead.spaceThen(text, e, IN);
        default -> true;
    };

    private static final WordIndex.Precheck THIS_UNIT_AHEAD = (text, s, e, word) -> switch (word) {
        case "earlier", "later", "early", "late" -> Lookahead.spaceThen(text, e, IN_OR_WHICH);
        case "last", "this", "next", "current" -> Lookahead.spaceThen(text, e, WEEK_MONTH_YEAR);
        default -> true;
    };

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        LocalDate anchor = context.anchor();
        WordIndex words = context.words();
        words.forEachMatch(DAY_WORD, DAY_WORD_TRIGGERS, false, DAY_WORD_AHEAD, m -> dayWord(text, anchor, m, out));
        words.forEachMatch(AGO, AGO_TRIGGERS, true, AGO_AHEAD, m -> ago(anchor, m, out));
        words.forEachMatch(YEAR_PHRASE, YEAR_PHRASE_TRIGGERS, false, YEAR_PHRASE_AHEAD, m -> out.add(new DateCandidate(m.start(), m.end(),
                shifted(anchor, "year", m.group("lastYear") != null ? -1 : 0))));
        words.forEachMatch(THIS_UNIT, THIS_UNIT_TRIGGERS, false, THIS_UNIT_AHEAD, m -> thisUnit(text, anchor, m, out));
    }

    @Override
    public Set<String> triggerWords() {
        Set<String> all = new HashSet<>(DAY_WORD_TRIGGERS.words());
        all.addAll(AGO_TRIGGERS.words());
        all.addAll(YEAR_PHRASE_TRIGGERS.words());
        all.addAll(THIS_UNIT_TRIGGERS.words());
        return all;
    }

    private static void dayWord(String text, LocalDate anchor, Matcher m, List<DateCandidate> out) {
        if (GENERIC_TODAY.matcher(text).region(m.start("word"), text.length()).lookingAt()) {
            return;
        }
        String w = m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int offset = switch (w) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        out.add(new DateCandidate(m.start(), m.end(), anchor == null ? null : CalendarValue.day(anchor.plusDays(offset))));
    }

    private static void ago(LocalDate anchor, Matcher m, List<DateCandidate> out) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        int n = number(m.group("n"));
        if (n < 0 || (dir.equals("earlier") || dir.equals("later")) && n != 1) {
            return; // "three years earlier" is relative to the story, not the publication date
        }
        int signed = dir.equals("ago") || dir.equals("earlier") ? -n : n;
        out.add(new DateCandidate(m.start(), m.end(), shifted(anchor, m.group("unit"), signed)));
    }

    private static void thisUnit(String text, LocalDate anchor, Matcher m, List<DateCandidate> out) {
        if (Character.isUpperCase(text.charAt(m.start("unit")))) {
            return; // "This Week", a programme title
        }
        int signed = switch (m.group("which").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        out.add(new DateCandidate(m.start(), m.end(), shifted(anchor, m.group("unit"), signed)));
    }

    private static String shifted(LocalDate anchor, String unit, int amount) {
        if (anchor == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return CalendarValue.day(anchor.plusDays(amount));
        }
        if (u.startsWith("week")) {
            return CalendarValue.week(anchor.plusWeeks(amount));
        }
        if (u.startsWith("month")) {
            return CalendarValue.month(YearMonth.from(anchor).plusMonths(amount));
        }
        return CalendarValue.year(anchor.getYear() + amount);
    }

    private static int number(String s) {
        String n = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.equals("a hundred")) {
            return 100;
        }
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        return NUMBER_WORDS.getOrDefault(n, -1);
    }
}
