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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern NAME_RUN = Pattern.compile(
            "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\.)?(?:[ ](?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+))*");

    private record Candidate(int start, int end, String name, EntityType type) {
    }

    private final String text;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final List<QuotedSpan> quotes;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, String> byLastWord = new HashMap<>();
    private final WordTokenizer tokenizer = new WordTokenizer();

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
        spotNames();
    }

    /**
     * Names the entity recogniser may have missed, for pronoun resolution: runs of two or more capitalised
     * words ("Loretta Lynch"), and single words that repeat the last word of such a name ("Lynch").
     */
    private void spotNames() {
        Matcher m = NAME_RUN.matcher(text);
        List<Candidate> spotted = new ArrayList<>();
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String name = m.group();
            String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
            if (AttributionVocabulary.CAPITALISED_FUNCTION_WORDS.contains(first) || first.equals("The")) {
                int space = name.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                start += space + 1;
                name = text.substring(start, end);
            }
            if (insideQuote(start) || isAllCaps(name) || entityCovering(start, end) != null) {
                continue;
            }
            if (name.indexOf(' ') > 0) {
                String canonical = stripTitles(name).replaceAll("['’]s$", "");
                if (canonical.indexOf(' ') > 0) {
                    byLastWord.putIfAbsent(lastWord(canonical), canonical);
                }
                spotted.add(new Candidate(start, end, canonical, EntityType.PERSON));
            } else {
                spotted.add(new Candidate(start, end, name, null));
            }
        }
        for (Candidate c : spotted) {
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
    private static String stripTitles(String name) {
        String[] words = name.split("\\s+");
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
        if (PERSON_PRONOUNS.contains(lower)) {
            return lower.equals("i") ? written : nearestBefore(mention.start(), EntityType.PERSON, written);
        }
        if (GROUP_PRONOUNS.contains(lower)) {
            return nearestBefore(mention.start(), EntityType.ORG, written);
        }
        List<Token> tokens = tokenizer.tokenize(text, mention.start(), mention.end());
        int headStart = nameHeadStart(tokens);
        if (headStart >= 0) {
            int nameStart = tokens.get(headStart).start();
            EntityMention entity = entityCovering(nameStart, tokens.get(tokens.size() - 1).end());
            if (entity != null && !isAllCaps(entity.text())) {
                String canonical = entity.canonical().replaceAll("['’]s$", "");
                String longer = canonical.indexOf(' ') < 0 && entity.type() == EntityType.PERSON
                        ? byLastWord.get(lastWord(canonical)) : null;
                return longer != null ? longer : canonical;
            }
            int first = headStart;
            while (first < tokens.size() - 1 && TITLES.contains(tokens.get(first).lower())) {
                first++;
            }
            String name = text.substring(tokens.get(first).start(), lastNameEnd(tokens)).replaceAll("['’]s$", "");
            String known = byLastWord.get(lastWord(name));
            return known != null && first == tokens.size() - 1 ? known : name;
        }
        if (!tokens.isEmpty() && tokens.get(0).lower().equals("the")) {
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
        EntityType type = EntityType.PERSON;
        EntityMention e = entityCovering(mention.start(), mention.end());
        if (e != null) {
            type = e.type();
        }
        candidates.add(new Candidate(mention.start(), mention.end(), speaker, type));
        if (type == EntityType.PERSON && speaker.indexOf(' ') > 0) {
            byLastWord.putIfAbsent(lastWord(speaker), speaker);
        }
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
            return -1; // "a spokesman for the Clinton campaign": the head is the role
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

    private EntityMention entityCovering(int start, int end) {
        EntityMention best = null;
        for (EntityMention e : entities) {
            if (e.type() != EntityType.PLACE && e.start() < end && start < e.end()
                    && (best == null || e.end() > best.end())) {
                best = e;
            }
        }
        return best;
    }

    private String nearestBefore(int position, EntityType type, String fallback) {
        if (sentences.isEmpty()) {
            return fallback;
        }
        int s = sentenceIndex(position);
        for (int k = s; k >= 0 && k >= s - 6; k--) {
            Sentence sentence = sentences.get(k);
            int from = sentence.start();
            int to = Math.min(sentence.end(), position);
            Candidate first = candidates.stream()
                    .filter(c -> c.type() == type && c.start() >= from && c.end() <= to)
                    .min(Comparator.comparingInt(Candidate::start)).orElse(null);
            if (first != null) {
                return first.name().replaceAll("['’]s$", "");
            }
        }
        return fallback;
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
            String before = text.substring(Math.max(0, c.start() - 30), c.start()).toLowerCase(Locale.ROOT);
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
        for (QuotedSpan q : quotes) {
            if (q.start() <= position && position < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }
}
