package org.newsidx.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple recogniser for tests that need entities without the statistical model:
 * runs of capitalised words typed by their cues (a title before a person, a suffix word of an
 * organisation, a preposition of place).
 */
public final class CapitalisedNameRecognizer implements EntityRecognizer {

    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:(?:of|the|de|von|der|van|la|le|du|da)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");
    private static final Set<String> PERSON_TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "President",
            "Minister", "Senator", "Governor", "Chancellor", "Secretary", "Professor", "Judge", "Mayor");
    private static final Set<String> ORG_WORDS = Set.of("Commission", "Council", "Office", "Ministry", "Party",
            "Inc", "Ltd", "Corp", "Group", "Union", "Bank", "Agency", "University", "Times", "Mail", "Committee",
            "Department", "Company", "Association", "Organisation", "Organization", "Police", "Court", "Parliament",
            "Congress", "Senate", "Government", "News", "Post", "Institute", "Foundation");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "across");
    private static final Set<String> STOP = Set.of("The", "A", "An", "But", "And", "If", "It", "He", "She", "They",
            "We", "I", "This", "That", "In", "On", "At", "As", "For", "According", "Mr", "Mrs", "Ms", "Sir");

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        List<EntityMention> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            String name = text.substring(start, end);
            String first = name.split("\\s+")[0];
            if (STOP.contains(first)) {
                int space = name.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                start += space + 1;
                name = text.substring(start, end);
            }
            String[] words = name.split("\\s+");
            String previous = previousWord(text, start);
            EntityType type = null;
            if (PERSON_TITLES.contains(previous) && words.length <= 3) {
                type = EntityType.PERSON;
            } else if (ORG_WORDS.contains(words[words.length - 1])) {
                type = EntityType.ORG;
            } else if (PLACE_PREPOSITIONS.contains(previous) && words.length <= 2) {
                type = EntityType.PLACE;
            } else if (words.length == 2 && !sentenceInitial(text, start)) {
                type = EntityType.PERSON;
            }
            if (type != null) {
                out.add(new EntityMention(start, end, name, type, name));
            }
        }
        return out;
    }

    private static String previousWord(String text, int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    private static boolean sentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n\"“".indexOf(text.charAt(i)) >= 0;
    }
}
