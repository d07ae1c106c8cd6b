package org.newsidx.analysis.quotes;

import static org.newsidx.analysis.quotes.AttributionVocabulary.GROUP_PRONOUNS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.PERSON_PRONOUNS;
import static org.newsidx.analysis.quotes.AttributionVocabulary.TITLES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.Sentence;

/**
 * Turns a speaker mention into a speaker name for one article: the canonical name of the entity the
 * mention names; for "he"/"she" the nearest person before it (the first person of the nearest sentence
 * that has one, as subjects come first); for "the minister" a person introduced with that role; the
 * mention itself ("a UK Government spokeswoman") when nothing fits. Use one instance per article, in
 * text order ({@link #remember} feeds the names found so far back in); not thread-safe.
 */
public final class SpeakerResolver {

    private record Candidate(int start, int end, String name, EntityType type) {
    }

    private final String text;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final List<QuotedSpan> quotes;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, String> byLastWord = new HashMap<>();
    private final WordTokenizer tokenizer = new WordTokenizer();
    /** How far the text has been searched for names. */
    private int spottedUpTo;
    private final Map<String, Character> genders = new HashMap<>();

    public SpeakerResolver(String text, List<Sentence> sentences, List<EntityMention> entities, List<QuotedSpan> quotes) {
        this.text = text;
        this.sentences = sentences;
        this.entities = entities;
        this.quotes = quotes;
        for (EntityMention e : entities) {
            if (e.type() != EntityType.PLACE && !insideQuote(e.start()) && !isAllCaps(e.text())) {
                candidates.add(new Candidate(e.start(), e.end(), e.canonical(), e.type()));
            }
            if (e.type() == EntityType.PERSON && e.canonical().indexOf(' ') > 0) {
                String last = lastWord(e.canonical());
                String known = byLastWord.get(last);
                if (known == null || e.canonical().length() > known.length()) {
                    byLastWord.put(last, e.canonical());
                }
            }
        }
    }

    /**
     * Names the entity recogniser may have missed, for pronoun resolution: runs of two or more capitalised
     * words ("Sarah Jones"), single words that repeat the last word of such a name ("Jones"), acronyms
     * ("OECD"); searched lazily, from where the last search stopped up to {@code upTo}.
     */
    private void spotNames(int upTo) {
        if (spottedUpTo >= upTo) {
            return;
        }
        List<Candidate> found = new ArrayList<>();
        // names after the last quotation resolve nothing
        // names after the mention being resolved resolve nothing: search up to it, and on from there later
        int n = Math.min(text.length(), upTo);
        int i = spottedUpTo;
        while (i < n) {
            int acronymEnd = acronymEnd(text, i);
            if (acronymEnd > 0) {
                // "OECD", "FBI": an organisation, for "it" and "they"
                if (!insideQuote(i) && entityCovering(i, acronymEnd) == null) {
                    found.add(new Candidate(i, acronymEnd, text.substring(i, acronymEnd), EntityType.ORG));
                }
                i = acronymEnd;
                continue;
            }
            if (!startsCapitalisedWord(text, i)) {
                i = nextWordStart(text, i);
                continue;
            }
            int start = i;
            int end = wordEnd(text, i);
            int words = 1;
            String firstWord = text.substring(start, end);
            while (end + 1 < n && text.charAt(end) == ' ' && startsCapitalisedWord(text, end + 1)) {
                end = wordEnd(text, end + 1);
                words++;
            }
            i = end;
            if (AttributionVocabulary.CAPITALISED_FUNCTION_WORDS.contains(firstWord) || firstWord.equals("The")) {
                if (words == 1) {
                    continue;
                }
                start += firstWord.length() + 1;
            }
            String name = text.substring(start, end);
            if (insideQuote(start) || isAllCaps(name) || entityCovering(start, end) != null) {
                continue;
            }
            if (name.indexOf(' ') > 0) {
                String canonical = withoutPossessive(stripTitles(name));
                if (canonical.indexOf(' ') > 0) {
                    byLastWord.putIfAbsent(lastWord(canonical), canonical);
                }
                found.add(new Candidate(start, end, canonical, EntityType.PERSON));
            } else {
                found.add(new Candidate(start, end, name, null));
            }
        }
        spottedUpTo = i;
        for (Candidate c : found) {
            if (c.type() != null) {
                candidates.add(c);
            } else {
                String known = byLastWord.get(lastWord(c.name()));
                if (known != null) {
                    candidates.add(new Candidate(c.start(), c.end(), known, EntityType.PERSON));
                }
            }
        }
    }

    /** "Sen. Ted Cruz" is Ted Cruz; "French President Emmanuel Macron" is Emmanuel Macron. */
    /** End of an acronym of two to six capitals starting at {@code i} ("OECD"), or -1. */
    private static int acronymEnd(String text, int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        int e = i;
        while (e < text.length() && Character.isUpperCase(text.charAt(e))) {
            e++;
        }
        boolean wordEnds = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
        return e - i >= 2 && e - i <= 6 && wordEnds ? e : -1;
    }

    /** An upper-case letter after a non-letter, followed by a lower-case letter or a full stop ("J."). */
    private static boolean startsCapitalisedWord(String text, int i) {
        if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        return i + 1 < text.length() && (Character.isLowerCase(text.charAt(i + 1)) || text.charAt(i + 1) == '.');
    }

    private static int wordEnd(String text, int i) {
        int e = i + 1;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\''
                || text.charAt(e) == '’' || text.charAt(e) == '.' && e == i + 1)) {
            e++;
        }
        if (e + 1 < text.length() && text.charAt(e) == '.' && e - i <= 4 && text.charAt(e + 1) == ' ') {
            e++; // "Mr.", "Sen."
        }
        return e;
    }

    /** Past the word at {@code i}, or past the one character there when it starts no word. */
    private static int nextWordStart(String text, int i) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
            return i + 1;
        }
        int e = i + 1;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static String stripTitles(String name) {
        String[] words = name.split(" ");
        if (TITLES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return name; // "Prime Minister": a role, not a name
        }
        int k = 0;
        for (int i = 0; i < words.length - 1; i++) {
            if (TITLES.contains(words[i].toLowerCase(Locale.ROOT)) && !words[i].equalsIgnoreCase("the")) {
                k = i + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }

    private static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && s.length() > 3;
    }

    /** The speaker name for {@code mention}. */
    public String resolve(Mention mention) {
        String written = text.substring(mention.start(), mention.end());
        String lower = written.toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
            spotNames(mention.start());
        }
        if (PERSON_PRONOUNS.contains(lower)) {
            return lower.equals("i") ? written
                    : nearestBefore(mention.start(), EntityType.PERSON, written, lower.startsWith("s") || lower.equals("her") ? 'F' : 'M');
        }
        if (GROUP_PRONOUNS.contains(lower)) {
            return nearestBefore(mention.start(), EntityType.ORG, written, '?');
        }
        List<Token> tokens = tokenizer.tokenize(text, mention.start(), mention.end());
        int headStart = nameHeadStart(tokens);
        if (headStart >= 0) {
            int nameStart = tokens.get(headStart).start();
            EntityMention entity = entityCovering(nameStart, tokens.get(tokens.size() - 1).end());
            if (entity != null && !isAllCaps(entity.text())) {
                String canonical = withoutPossessive(entity.canonical());
                if (canonical.indexOf(' ') < 0 && entity.type() == EntityType.PERSON) {
                    spotNames(mention.start());
                }
                String longer = canonical.indexOf(' ') < 0 && entity.type() == EntityType.PERSON
                        ? byLastWord.get(lastWord(canonical)) : null;
                return longer != null ? longer : canonical;
            }
            int first = headStart;
            while (first < tokens.size() - 1 && TITLES.contains(tokens.get(first).lower())) {
                first++;
            }
            if (TITLES.contains(tokens.get(tokens.size() - 1).lower())) {
                // "the Prime Minister", "the President": a role; the person introduced with it, if any
                spotNames(mention.start());
                String person = personWithRole(tokens.get(tokens.size() - 1).lower(), mention.start());
                return person != null ? person : written;
            }
            String name = stripTitles(withoutPossessive(text.substring(tokens.get(first).start(), lastNameEnd(tokens))));
            if (first != tokens.size() - 1) {
                return name;
            }
            spotNames(mention.start());
            String known = byLastWord.get(lastWord(name));
            return known != null ? known : name;
        }
        if (!tokens.isEmpty() && tokens.get(0).lower().equals("the")) {
            spotNames(mention.start());
            String role = tokens.get(tokens.size() - 1).lower();
            String person = personWithRole(role, mention.start());
            if (person != null) {
                return person;
            }
        }
        return written;
    }

    /** Records a named speaker so that later pronouns can refer to it. */
    public void remember(Mention mention, String speaker) {
        String written = text.substring(mention.start(), mention.end()).toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(written) || GROUP_PRONOUNS.contains(written) || speaker == null) {
            return;
        }
        List<Token> tokens = tokenizer.tokenize(text, mention.start(), mention.end());
        if (nameHeadStart(tokens) < 0) {
            return;
        }
        EntityMention e = entityCovering(mention.start(), mention.end());
        EntityType type = e != null ? e.type() : looksLikeOrganisation(speaker) ? EntityType.ORG : EntityType.PERSON;
        candidates.add(new Candidate(mention.start(), mention.end(), speaker, type));
        if (type == EntityType.PERSON && speaker.indexOf(' ') > 0) {
            byLastWord.putIfAbsent(lastWord(speaker), speaker);
        }
    }

    private static final java.util.Set<String> ORGANISATION_WORDS = java.util.Set.of("party", "council", "commission",
            "department", "office", "ministry", "government", "bank", "agency", "institute", "committee", "union",
            "association", "organisation", "organization", "company", "corp", "inc", "ltd", "plc", "group", "court",
            "post", "times", "news", "campaign", "administration", "parliament", "congress", "senate", "police",
            "service", "authority", "board", "fund", "foundation", "university", "school", "network", "house");

    /** "OECD", "the Home Office", "UK Government": a name that reads as an organisation's. */
    private static boolean looksLikeOrganisation(String name) {
        String last = lastWord(name);
        if (ORGANISATION_WORDS.contains(last)) {
            return true;
        }
        String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        String acronym = bare.replace(".", "");
        return acronym.length() >= 2 && acronym.length() <= 6 && acronym.chars().allMatch(Character::isUpperCase);
    }

    /** Index of the first token of the capitalised run that ends the mention (its name head), or -1. */
    private static int nameHeadStart(List<Token> tokens) {
        int last = tokens.size() - 1;
        if (last >= 0 && tokens.get(last).is(")")) {
            while (last >= 0 && !tokens.get(last).is("(")) {
                last--;
            }
            last--;
        }
        if (last < 0 || !tokens.get(last).isWord() || !tokens.get(last).isCapitalised()) {
            return -1;
        }
        int k = last;
        while (k > 0 && tokens.get(k - 1).isWord() && (tokens.get(k - 1).isCapitalised()
                || TITLES.contains(tokens.get(k - 1).lower()) && !tokens.get(k - 1).lower().equals("the"))) {
            k--;
        }
        if (k > 0 && (tokens.get(k - 1).lower().equals("of") || tokens.get(k - 1).lower().equals("for")
                || tokens.get(k - 1).lower().equals("at"))) {
            return -1; // "a spokesman for the Labour campaign": the head is the role
        }
        if (tokens.get(k).is("The") || tokens.get(k).is("A") || tokens.get(k).is("An")) {
            k++;
        }
        return k <= last ? k : -1;
    }

    private int lastNameEnd(List<Token> tokens) {
        int last = tokens.size() - 1;
        if (tokens.get(last).is(")")) {
            while (last >= 0 && !tokens.get(last).is("(")) {
                last--;
            }
            last--;
        }
        return tokens.get(Math.max(0, last)).end();
    }

    /** The non-place entity overlapping {@code [start, end)} that ends last; entities come in text order. */
    private EntityMention entityCovering(int start, int end) {
        int lo = 0;
        int hi = entities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(mid).start() < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        EntityMention best = null;
        for (int k = lo - 1; k >= 0 && lo - k <= 8; k--) {
            EntityMention e = entities.get(k);
            if (e.type() != EntityType.PLACE && e.start() < end && start < e.end()
                    && (best == null || e.end() > best.end())) {
                best = e;
            }
        }
        return best;
    }

    /** The nearest fitting candidate before {@code position}; {@code gender} 'M' or 'F' skips people known otherwise. */
    private String nearestBefore(int position, EntityType type, String fallback, char gender) {
        if (sentences.isEmpty()) {
            return fallback;
        }
        int s = sentenceIndex(position);
        for (int k = s; k >= 0 && k >= s - 6; k--) {
            Sentence sentence = sentences.get(k);
            int from = sentence.start();
            int to = Math.min(sentence.end(), position);
            // the first candidate of the sentence, preferring one in subject position (a verb follows)
            Candidate first = candidates.stream()
                    .filter(c -> c.type() == type && c.start() >= from && c.end() <= to)
                    .filter(c -> gender == '?' || genderOf(c.name()) != opposite(gender))
                    .min(Comparator.comparingInt((Candidate c) -> isFollowedByVerb(c) ? 0 : 1)
                            .thenComparingInt(Candidate::start)).orElse(null);
            if (first != null) {
                return withoutPossessive(first.name());
            }
        }
        return fallback;
    }

    private static char opposite(char gender) {
        return gender == 'M' ? 'F' : 'M';
    }

    /**
     * A person's gender as the article shows it: a title (Mr, Mrs, Ms, Sir, Dame) before a mention of the
     * name; '?' if unknown. (Pronouns near a name are no guide: "Smith thanked her", "Jones said he".)
     */
    private char genderOf(String name) {
        return genders.computeIfAbsent(name, this::readGender);
    }

    private char readGender(String name) {
        String last = lastWord(name);
        if (last.isEmpty()) {
            return '?';
        }
        int votes = 0;
        for (Candidate c : candidates) {
            if (!c.name().equals(name)) {
                continue;
            }
            // the title before the mention ("Mr Hunt"), or at its start when the name was spotted with it
            String title = titleAt(text, c.start());
            if (!MALE_TITLES.contains(title) && !FEMALE_TITLES.contains(title)) {
                title = wordBefore(text, c.start());
            }
            if (MALE_TITLES.contains(title)) {
                votes++;
            } else if (FEMALE_TITLES.contains(title)) {
                votes--;
            }
        }
        return votes > 0 ? 'M' : votes < 0 ? 'F' : '?';
    }

    private static final java.util.Set<String> MALE_TITLES = java.util.Set.of("mr", "mr.", "sir", "lord");
    private static final java.util.Set<String> FEMALE_TITLES = java.util.Set.of("mrs", "mrs.", "ms", "ms.", "miss",
            "dame", "lady");

    /** The short word that starts at {@code i}, in lower case, or "". */
    private static String titleAt(String lower, int i) {
        int e = i;
        while (e < lower.length() && e - i < 5 && (Character.isLetter(lower.charAt(e)) || lower.charAt(e) == '.')) {
            e++;
        }
        return e < lower.length() && lower.charAt(e) == ' ' ? lower.substring(i, e).toLowerCase(Locale.ROOT) : "";
    }

    /** The short word just before {@code i} (skipping one space), in lower case, or "". */
    private static String wordBefore(String lower, int i) {
        int e = i - 1;
        if (e < 0 || lower.charAt(e) != ' ') {
            return "";
        }
        int b = e;
        while (b > 0 && e - b < 5 && (Character.isLetter(lower.charAt(b - 1)) || lower.charAt(b - 1) == '.')) {
            b--;
        }
        return lower.substring(b, e).toLowerCase(Locale.ROOT);
    }


    private boolean isFollowedByVerb(Candidate c) {
        int i = c.end();
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        return Character.isLowerCase(text.charAt(i + 1));
    }

    private String personWithRole(String role, int position) {
        if (role.length() < 3) {
            return null;
        }
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.type() != EntityType.PERSON || c.start() >= position) {
                continue;
            }
            if (c.name().contains(". ")) {
                continue;
            }
            // "Immigration minister Robert Jenrick" or "Robert Jenrick, the immigration minister"
            String before = text.substring(Math.max(0, c.start() - 30), c.end()).toLowerCase(Locale.ROOT);
            String after = text.substring(c.end(), Math.min(text.length(), c.end() + 50)).toLowerCase(Locale.ROOT);
            int comma = after.indexOf(',', 2);
            boolean apposition = after.startsWith(",") && after.substring(0, comma < 0 ? after.length() : comma).contains(role);
            boolean title = before.contains(role) && before.lastIndexOf('.') < before.lastIndexOf(role);
            if ((title || apposition) && (best == null || c.start() > best.start())) {
                best = c;
            }
        }
        return best == null ? null : best.name();
    }

    private int sentenceIndex(int position) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private boolean insideQuote(int position) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuotedSpan q = quotes.get(mid);
            if (position < q.start()) {
                hi = mid - 1;
            } else if (position >= q.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        int end = name.length();
        while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(name.charAt(start - 1))) {
            start--;
        }
        return withoutPossessive(name.substring(start, end)).toLowerCase(Locale.ROOT);
    }

    /** "Macron’s" is Macron. */
    private static String withoutPossessive(String name) {
        int n = name.length();
        if (n > 2 && (name.charAt(n - 1) == 's' || name.charAt(n - 1) == 'S')
                && (name.charAt(n - 2) == '\'' || name.charAt(n - 2) == '’')) {
            return name.substring(0, n - 2);
        }
        return name;
    }
}
