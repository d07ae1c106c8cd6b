package org.newsidx.analysis.dates;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: "on Saturday" (the one on or before the publication date, unless the clause is in the future),
 * "last Friday", "next Tuesday", "this coming Sunday", "Friday morning". Named days ("Good Friday") and
 * newspapers ("The Sunday Times", "Mail on Sunday") are skipped.
 */
final class WeekdayRule implements DateRule {


    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<mod>(?i:last|next|this\\s+coming|this|early|late|earlier|later))\\s+)?"
                    + "(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\\p{L})"
                    + "(?:\\s+(?:morning|afternoon|evening|night)(?!\\p{L}))?");

    private static final Set<String> NAMED_DAY = Set.of(
            "good", "black", "super", "ash", "easter", "palm", "cyber", "holy", "maundy", "bloody", "shrove",
            "low", "whit", "trinity", "passion", "blue", "manic");

    private static final Set<String> NEWSPAPER = Set.of(
            "times", "telegraph", "mirror", "express", "people", "herald", "post", "mail", "sport", "independent",
            "tribune", "star", "review", "magazine", "edition", "supplement", "school", "service", "services",
            "trading", "league", "best", "politics", "night");

    private static final WordSet TRIGGERS = WordSet.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "this",
            "early", "late", "earlier", "later");

    private static final Lookahead.Words DAYS_OR_COMING = Lookahead.Words.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "coming");

    /** A capitalised weekday, or a modifier followed by one (or by "coming"). */
    private static final WordIndex.Precheck AHEAD = (text, s, e, word) -> switch (word) {
        case "last", "next", "this", "early", "late", "earlier", "later" -> Lookahead.spaceThen(text, e, DAYS_OR_COMING);
        default -> Lookahead.upperAt(text, s);
    };

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(WEEKDAY, TRIGGERS, false, AHEAD, m -> onMatch(text, context, m, out));
    }

    @Override
    public Set<String> triggerWords() {
        return TRIGGERS.words();
    }

    private static void onMatch(String text, ResolutionContext context, Matcher m, List<DateCandidate> out) {
        int dayStart = m.start("day");
        String before = NeighbourWords.wordBefore(text, dayStart).toLowerCase(Locale.ROOT);
        if (m.group("mod") == null && NAMED_DAY.contains(before)) {
            return;
        }
        if (before.equals("on") && isNewspaperBefore(text, NeighbourWords.startOfWordBefore(text, dayStart))) {
            return;
        }
        String after = NeighbourWords.wordAfter(text, m.end("day"));
        if (!after.isEmpty() && Character.isUpperCase(after.charAt(0))
                && NEWSPAPER.contains(after.toLowerCase(Locale.ROOT))) {
            return;
        }
        DayOfWeek day = CalendarNames.weekday(m.group("day"));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String value = switch (mod) {
            case "last" -> context.weekdayStrict(day, false);
            case "next" -> context.weekdayStrict(day, true);
            case "this coming" -> context.weekday(day, Tense.FUTURE);
            case "earlier" -> context.weekday(day, Tense.PAST);
            default -> context.weekday(day, isPossessive(text, m.end("day")) ? Tense.PAST
                    : context.tenseAround(m.start(), m.end()));
        };
        out.add(new DateCandidate(m.start(), m.end(), value));
    }

    /** "Wednesday's ruling": a possessive weekday names something that already happened. */
    private static boolean isPossessive(String text, int dayEnd) {
        return dayEnd + 1 < text.length() && (text.charAt(dayEnd) == '\'' || text.charAt(dayEnd) == '\u2019')
                && text.charAt(dayEnd + 1) == 's';
    }

    private static boolean isNewspaperBefore(String text, int onStart) {
        if (onStart < 0) {
            return false;
        }
        String w = NeighbourWords.wordBefore(text, onStart);
        return w.equals("Mail") || w.equals("Independent");
    }
}
