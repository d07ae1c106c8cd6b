package org.newsidx.analysis.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Days and years named relative to the story's last date: "the previous day", "the next day", "the same day",
 * "earlier that day", "that year", "the following year". The finder resolves them against the last date
 * before them in the text (the publication date when there is none).
 */
final class AnaphoricDateRule implements DateRule {

    private static final Lookahead.Words IN_THAT_THE = Lookahead.Words.of("in", "that", "the");
    private static final Lookahead.Words SAME_YEAR = Lookahead.Words.of("same", "year");
    private static final Lookahead.Words PREVIOUS_FOLLOWING_SAME = Lookahead.Words.of("previous", "following", "same");
    private static final Lookahead.Words THE_THAT = Lookahead.Words.of("the", "that");
    private static final Lookahead.Words WHICH_OR_UNIT = Lookahead.Words.of("previous", "next", "following", "same", "day", "morning", "afternoon", "evening", "night");

    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:earlier|later)\\s+)?(?:(?<the>the|that)\\s+)(?:(?<which>previous|next|following|same)\\s+)?"
                    + "(?<unit>day|morning|afternoon|evening|night)(?![\\p{L}\\p{N}])(?!\\s+(?:before|after|of|when|that)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EARLIER_OR_LATER = Pattern.compile("(?i)earlier|later");

    private static final WordSet TRIGGERS = WordSet.of("the", "that", "earlier", "later");

    /** What must follow each trigger word for {@link #YEAR} to match there. */
    private static final WordIndex.Precheck YEAR_AHEAD = (text, s, e, word) -> switch (word) {
        case "earlier", "later" -> Lookahead.spaceThen(text, e, IN_THAT_THE);
        case "that" -> Lookahead.spaceThen(text, e, SAME_YEAR);
        case "the" -> Lookahead.spaceThen(text, e, PREVIOUS_FOLLOWING_SAME);
        default -> true;
    };

    /** What must follow each trigger word for {@link #ANAPHORIC} to match there. */
    private static final WordIndex.Precheck ANAPHORIC_AHEAD = (text, s, e, word) -> switch (word) {
        case "earlier", "later" -> Lookahead.spaceThen(text, e, THE_THAT);
        case "the", "that" -> Lookahead.spaceThen(text, e, WHICH_OR_UNIT);
        default -> true;
    };

    @Override
    public Set<String> triggerWords() {
        return TRIGGERS.words();
    }

    /** "that year", "later that year", "the following year", "the previous year", "the same year". */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:earlier|later)\\s+(?:in\\s+)?)?(?:that\\s+(?:same\\s+)?|the\\s+(?<which>previous|following|same)\\s+)"
                    + "year(?![\\p{L}\\p{N}])(?!\\s+(?:before|after|of|when|that)\\b)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(YEAR, TRIGGERS, false, YEAR_AHEAD, m -> {
            String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
            int offset = switch (which) {
                case "previous" -> -1;
                case "following" -> 1;
                default -> 0;
            };
            out.add(new DateCandidate(m.start(), m.end(), null, new StoryShift(StoryShift.Unit.YEAR, offset)));
        });
        context.words().forEachMatch(ANAPHORIC, TRIGGERS, false, ANAPHORIC_AHEAD, m -> {
            String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
            boolean that = m.group("the").equalsIgnoreCase("that");
            int offset;
            switch (which) {
                case "previous" -> offset = -1;
                case "next", "following" -> offset = 1;
                case "same" -> offset = 0;
                default -> {
                    if (!that || !EARLIER_OR_LATER.matcher(m.group()).lookingAt()) {
                        return; // "the day", "that day": too vague without "earlier" or "later"
                    }
                    offset = 0;
                }
            }
            out.add(new DateCandidate(m.start(), m.end(), null, new StoryShift(StoryShift.Unit.DAY, offset)));
        });
    }
}
