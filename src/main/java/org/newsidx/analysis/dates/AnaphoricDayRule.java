package org.newsidx.analysis.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Days named relative to the story's last date: "the previous day", "the next day", "the following day",
 * "the same day", "earlier that day". The finder resolves them against the last day-level date before
 * them in the text (the publication date when there is none).
 */
final class AnaphoricDayRule implements DateRule {

    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:earlier|later)\\s+)?(?:(?<the>the|that)\\s+)(?:(?<which>previous|next|following|same)\\s+)?"
                    + "(?<unit>day|morning|afternoon|evening|night)(?![\\p{L}\\p{N}])(?!\\s+(?:before|after|of|when|that)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EARLIER_OR_LATER = Pattern.compile("(?i)earlier|later");

    private static final Set<String> TRIGGERS = Set.of("the", "that", "earlier", "later");

    @Override
    public Set<String> triggerWords() {
        return TRIGGERS;
    }

    @Override
    public void collect(String text, ResolutionContext context, List<DateCandidate> out) {
        context.words().forEachMatch(ANAPHORIC, TRIGGERS, false, m -> {
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
            out.add(new DateCandidate(m.start(), m.end(), null, offset));
        });
    }
}
