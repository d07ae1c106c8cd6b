package org.newsidx.analysis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsidx.analysis.EntityMention;
import org.newsidx.analysis.EntityRecognizer;
import org.newsidx.analysis.EntityType;
import org.newsidx.analysis.Sentence;

/**
 * The shipped entity recogniser: {@link NerTokenizer} tokens, the averaged-perceptron {@link SequenceTagger}
 * (model trained by {@link NerTrainer}, loaded once from {@code /org/newsidx/ner/model.bin}), document-level
 * type consistency, junk filtering and {@link EntityCanonicalizer}. Thread-safe.
 */
public final class StatisticalEntityRecognizer implements EntityRecognizer {

    private static final String MODEL_RESOURCE = "/org/newsidx/ner/model.bin";

    private final SequenceTagger tagger;
    private final NerTokenizer tokenizer = new NerTokenizer();
    private final EntityCanonicalizer canonicalizer;
    private final Set<String> notEntities;
    /** Entries of {@code not-entities.txt} written in capitals: no names in capitals either ("LIBOR"). */
    private final Set<String> notEntitiesInCapitals;
    private final Set<String> notNamesAlone;
    private final AliasTable countries = AliasTable.countries();
    private final FirmNameJoiner firmNames = new FirmNameJoiner(this::startsLikeAPerson, this::isKnownOrganisation);

    StatisticalEntityRecognizer(SequenceTagger tagger, EntityCanonicalizer canonicalizer, Set<String> notEntities,
                                Set<String> notEntitiesInCapitals, Set<String> notNamesAlone) {
        this.tagger = tagger;
        this.canonicalizer = canonicalizer;
        this.notEntities = notEntities;
        this.notEntitiesInCapitals = notEntitiesInCapitals;
        this.notNamesAlone = notNamesAlone;
    }

    SequenceTagger tagger() {
        return tagger;
    }

    /** The recogniser with the shipped model; the model is loaded on first use and shared. */
    public static StatisticalEntityRecognizer shared() {
        return Holder.INSTANCE;
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        DocumentMemory memory = new DocumentMemory();
        List<RecognisedMention> found = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<List<Token>> sentenceTokens = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<Token> tokens = tokenizer.tokenize(text, sentence.start(), sentence.end());
            if (tokens.isEmpty()) {
                continue;
            }
            sentenceTokens.add(tokens);
            words.clear();
            for (Token t : tokens) {
                words.add(t.text());
            }
            int[] tags = tagger.tag(words, memory);
            NameParticleJoiner.join(tokens, tags);
            collect(text, tokens, tags, found);
        }
        List<RecognisedMention> repeated = firmNames.join(text,
                RepeatedNameFinder.addRepeats(text, sentenceTokens, found));
        List<RecognisedMention> consistent = stormNames(text, firmsNamedAfterPeople(citiesTaggedAsPeople(text,
                makeTypesConsistent(datelinePlaces(text, initialTheDropped(text,
                        includeCapitalisedThe(text, sovereignsAsPeople(repeated))))))));
        return canonicalizer.canonicalize(text, consistent);
    }

    private void collect(String text, List<Token> tokens, int[] tags, List<RecognisedMention> out) {
        for (long span : TagSet.spans(tags)) {
            int start = TagSet.spanStart(span);
            int i = TagSet.spanEnd(span) - 1;
            EntityType type = typeOf(TagSet.spanClass(span));
            int tagged = start;
            while (type != null && start < i && isJunk(tokens.get(start).text())) {
                start++; // "But Macron", "Dear Tom"
            }
            if (start > tagged && Character.isLowerCase(tokens.get(start).text().charAt(0))) {
                int after = type == EntityType.PERSON ? nameAfterDescription(tokens, start, i) : -1;
                if (after < 0) {
                    continue; // what is left of "Reuter communications (network)" is no name
                }
                start = after; // "(Tory leader) Michael Howard"
            }
            int last = i;
            if (type == EntityType.ORG) {
                int person = personAfterOffice(tokens, start, i);
                if (person > start) {
                    start = person; // "(Chancellor of the) Exchequer Nigel Lawson" -> "Nigel Lawson"
                    type = EntityType.PERSON;
                } else {
                    int office = officeInside(tokens, start, i);
                    if (office > start) {
                        // "World Bank President Barber Conable": the body, then its officer; "Federal Reserve
                        // Board Vice (Chairman)": the body
                        int holder = office;
                        while (holder <= i && isOfficeTitle(tokens.get(holder).text())) {
                            holder++;
                        }
                        int names = i - holder + 1;
                        if (names == 0 || names >= 2 && names <= 3 && capitalised(tokens, holder, i)) {
                            if (!isOfficeWord(tokens.get(office - 1).text())) { // not "(Saudi Arabian) Oil Minister"
                                add(text, tokens, start, office - 1, EntityType.ORG, out);
                            }
                            if (names == 0) {
                                continue;
                            }
                            start = holder;
                            type = EntityType.PERSON;
                        }
                    }
                }
            }
            if (type == EntityType.PERSON) {
                last = cutAtLowerCaseWord(tokens, start, i);
                // "John and Mary Smith" stays "John"
                int after = last < i && !startsWithGivenName(tokens, start) ? nameAfterDescription(tokens, last + 1, i) : -1;
                if (after > 0) {
                    start = after; // "(Tory leader) Michael Howard": the description is no part of the name
                    last = i;
                }
            }
            add(text, tokens, start, last, type, out);
        }
    }

    /** The first office word after the first word of a span ("President" of "World Bank President ..."), or -1. */
    private static int officeInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (isOfficeTitle(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isOfficeTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return OFFICES.contains(w) || w.equals("vice");
    }

    private static boolean capitalised(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Adds the mention of tokens {@code start..last} unless it is junk, with the type its words show. */
    private void add(String text, List<Token> tokens, int start, int last, EntityType type,
                     List<RecognisedMention> out) {
        String lastWord = tokens.get(last).text().toLowerCase(Locale.ROOT);
        if (type == EntityType.ORG && last > start && last + 1 < tokens.size() && OFFICE_WORDS.contains(lastWord)
                && !BODIES_OF_OFFICES.contains(lastWord) && OFFICE_HOLDERS.contains(tokens.get(last + 1).text())) {
            // "U.S. Trade" of "U.S. Trade Representative": an office's name, of which a country may remain
            // ("U.S. Treasury" of "U.S. Treasury Secretary" is the Treasury)
            boolean place = isPlaceName(tokens, start, last - 1)
                    || last - 1 == start && countries.canonical(tokens.get(start).text()).isPresent();
            add(text, tokens, start, last - 1, place ? EntityType.PLACE : null, out);
            return;
        }
        if (type != null) {
            int s = tokens.get(start).start();
            int e = tokens.get(last).end();
            String surface = text.substring(s, e);
            // "U.K. Chancellor" is an office, not a name; "John Major" starts with a given name, and
            // "Major" alone is one word: both stay
            boolean amount = AMOUNT_WORDS.contains(lastWord);
            boolean officeOnly = type == EntityType.PERSON && last > start && OFFICES.contains(lastWord)
                    && !startsWithGivenName(tokens, start);
            String lower = surface.toLowerCase(Locale.ROOT);
            if (!isJunk(surface) && !onlyCompanyForms(lower) && !notNamesAlone.contains(withoutPossessive(lower))
                    && !officeOnly && !amount && !isTicker(text, s, e)) {
                if (type == EntityType.PERSON && (namesAnOrganisation(surface)
                        || isKnownOrganisation(tokens, start, last))) {
                    type = EntityType.ORG;
                } else if (type == EntityType.PERSON && (isPlaceName(tokens, start, last)
                        || isPlaceAbbreviation(surface))) {
                    type = EntityType.PLACE;
                } else if (type == EntityType.ORG && last + 1 < tokens.size()
                        && FIRM_NOUNS.contains(tokens.get(last + 1).text()) && isPlaceName(tokens, start, last)) {
                    type = EntityType.PLACE; // "the New York firm": where the firm is
                } else if (type == EntityType.PLACE && !BUILDING_WORDS.contains(lastWord)
                        && isKnownOrganisation(tokens, start, last)) {
                    type = EntityType.ORG; // "McDonnell Douglas", but the "White House" may be the building
                }
                out.add(new RecognisedMention(s, e, surface, type));
            }
        }
    }

    /** A stock symbol in a wire's angle brackets: "Exxon Corp <XON>", "<CSRA.S>". */
    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile("[A-Z0-9]{1,6}(\\.[A-Z]{1,2})?");

    static boolean isTicker(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '<' && text.charAt(end) == '>'
                && TICKER.matcher(text).region(start, end).matches();
    }

    /** "Banque Nationale de Paris", "Bank Leumi", "Banco Central": a bank, whatever the tagger saw. */
    private static boolean startsLikeABank(String surface) {
        int space = surface.indexOf(' ');
        return space > 0 && BANK_WORDS.contains(surface.substring(0, space).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> BANK_WORDS = Set.of("bank", "banque", "banco", "banca", "bankhaus");

    /** A place's abbreviation ("W. Va.", {@code place-aliases.tsv}), which is never a person; titles ("Miss.") aside. */
    private static boolean isPlaceAbbreviation(String surface) {
        return !PersonTitles.isTitle(surface) && AliasTable.places().canonical(surface).isPresent();
    }

    /**
     * A one-word person name that is a city of 100,000 people or more ({@code city-countries.tsv}; also
     * a given name, which misleads the tagger) is that city when a mention of it reads like a place: after
     * "in", "from", "at" ... ("a judge in Denver") or before a comma and a place ("Denver, Colo."). Not when
     * a person of the article has it as surname ("Jesse Jackson" ... "Jackson") or a title stands before
     * one of its mentions ("Queen Elizabeth").
     */
    static List<RecognisedMention> citiesTaggedAsPeople(String text, List<RecognisedMention> mentions) {
        Set<String> cities = null;
        Set<String> keep = new HashSet<>();
        Set<Integer> placeStarts = new HashSet<>();
        for (RecognisedMention m : mentions) {
            if (m.type() == EntityType.PLACE) {
                placeStarts.add(m.start());
            }
        }
        for (RecognisedMention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            String key = NameNormalizer.key(m.text());
            int space = key.lastIndexOf(' ');
            if (space >= 0) {
                keep.add(key.substring(space + 1)); // a surname
                continue;
            }
            String before = wordBefore(text, m.start());
            if (PersonTitles.isTitle(before)) {
                keep.add(key);
            } else if ((PLACE_PREPOSITIONS.contains(before.toLowerCase(Locale.ROOT))
                        || commaThenPlace(text, m.end(), placeStarts))
                    && AliasTable.cityCountries().hasKey(key)) {
                if (cities == null) {
                    cities = new HashSet<>();
                }
                cities.add(key);
            }
        }
        if (cities == null || keep.containsAll(cities)) {
            return mentions;
        }
        List<RecognisedMention> out = new ArrayList<>(mentions.size());
        for (RecognisedMention m : mentions) {
            String key = m.type() == EntityType.PERSON ? NameNormalizer.key(m.text()) : null;
            out.add(key != null && cities.contains(key) && !keep.contains(key)
                    ? new RecognisedMention(m.start(), m.end(), m.text(), EntityType.PLACE) : m);
        }
        return out;
    }

    /**
     * A one-word person name that follows "Hurricane", "Typhoon", "Cyclone" or "Storm" in the article
     * ("Hurricane Dorian") names a storm, not a person: none of its mentions there is an entity.
     */
    static List<RecognisedMention> stormNames(String text, List<RecognisedMention> mentions) {
        Set<String> storms = null;
        for (RecognisedMention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0
                    && STORM_WORDS.contains(wordBefore(text, m.start()).toLowerCase(Locale.ROOT))) {
                if (storms == null) {
                    storms = new HashSet<>();
                }
                storms.add(NameNormalizer.key(m.text()));
            }
        }
        if (storms == null) {
            return mentions;
        }
        List<RecognisedMention> out = new ArrayList<>(mentions.size());
        for (RecognisedMention m : mentions) {
            if (m.type() != EntityType.PERSON || !storms.contains(NameNormalizer.key(m.text()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * An organisation-tagged "Queen Elizabeth II", "King Charles III", "Pope Francis": a sovereign's title,
     * a given name and at most a regnal number, nothing more ("Queen Mary University" stays), is a person,
     * named without the title ("Elizabeth II"), as the tagger names most sovereigns.
     */
    private List<RecognisedMention> sovereignsAsPeople(List<RecognisedMention> mentions) {
        List<RecognisedMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            RecognisedMention m = mentions.get(i);
            if (m.type() != EntityType.ORG) {
                continue;
            }
            String[] words = m.text().split(" ");
            if (words.length >= 2 && words.length <= 3 && SOVEREIGNS.contains(words[0].toLowerCase(Locale.ROOT))
                    && isGivenName(words[1]) && (words.length == 2 || REGNAL_NUMBER.matcher(words[2]).matches())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                int start = m.start() + words[0].length() + 1;
                out.set(i, new RecognisedMention(start, m.end(), m.text().substring(words[0].length() + 1),
                        EntityType.PERSON));
            }
        }
        return out == null ? mentions : out;
    }

    private static final Set<String> SOVEREIGNS = Set.of("queen", "king", "pope", "emperor", "empress", "tsar", "czar");
    private static final java.util.regex.Pattern REGNAL_NUMBER = java.util.regex.Pattern.compile("[IVX]{1,5}");

    private static final Set<String> STORM_WORDS = Set.of("hurricane", "typhoon", "cyclone", "storm");

    /** Words after which a city's name is that city. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "at", "near", "outside", "via",
            "into", "around", "toward", "towards");

    /** Whether ", " and a place mention follow {@code end} ("Denver, Colo."). */
    private static boolean commaThenPlace(String text, int end, Set<Integer> placeStarts) {
        return end + 2 < text.length() && text.charAt(end) == ',' && text.charAt(end + 1) == ' '
                && placeStarts.contains(end + 2);
    }

    /** The word that ends before {@code at} (spaces skipped), or "". */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, end);
    }

    /**
     * A person-tagged name that begins the name of a firm in the same article ("E.F. Hutton" beside
     * "E.F. Hutton Group Inc", "Smith Barney" beside "Smith Barney, Harris Upham and Co") is that firm:
     * the firm's full name shows what the short one stands for.
     */
    static List<RecognisedMention> firmsNamedAfterPeople(List<RecognisedMention> mentions) {
        List<String> firms = new ArrayList<>();
        for (RecognisedMention m : mentions) {
            if (m.type() == EntityType.ORG && endsWithLegalForm(m.text())) {
                firms.add(m.text());
            }
        }
        if (firms.isEmpty()) {
            return mentions;
        }
        List<RecognisedMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            RecognisedMention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            for (String firm : firms) {
                if (firm.length() > m.text().length() && firm.startsWith(m.text())
                        && (firm.charAt(m.text().length()) == ' ' || firm.charAt(m.text().length()) == ',')) {
                    if (out == null) {
                        out = new ArrayList<>(mentions);
                    }
                    out.set(i, new RecognisedMention(m.start(), m.end(), m.text(), EntityType.ORG));
                    break;
                }
            }
        }
        return out == null ? mentions : out;
    }

    /** Firm endings of {@link #firmsNamedAfterPeople}: legal forms, "Group", "Brothers". */
    private static final Set<String> FIRM_ENDINGS = CompanyForms.legalFormsAnd("group", "brothers", "bros");

    private static boolean endsWithLegalForm(String name) {
        return CompanyForms.endsWithOneOf(name, FIRM_ENDINGS);
    }

    /** What follows the place of a dateline: "LOS ANGELES, April 3 -", "LONDON (Reuters) -". */
    private static final java.util.regex.Pattern AFTER_DATELINE = java.util.regex.Pattern.compile(
            "\\s*(,\\s*(\\p{Lu}[\\p{L}.]*\\s*){1,3}?)?(,\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
            + "|,?\\s*\\((Reuters?|AP|AFP|UPI|dpa|Bloomberg|PA)\\))");

    /** Whether a mention is a name in capitals that opens a paragraph as its dateline. */
    static boolean isDateline(String text, RecognisedMention m) {
        return (m.start() == 0 || text.charAt(m.start() - 1) == '\n')
                && m.text().equals(m.text().toUpperCase(Locale.ROOT))
                && AFTER_DATELINE.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * The capitalised name that opens a paragraph as its dateline ("LOS ANGELES, April 3 - Times
     * Mirror Co said") is the place the story was filed from, whatever the tagger made of the capitals.
     */
    static List<RecognisedMention> datelinePlaces(String text, List<RecognisedMention> mentions) {
        List<RecognisedMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            RecognisedMention m = mentions.get(i);
            if (m.type() == EntityType.PLACE || !isDateline(text, m)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.set(i, new RecognisedMention(m.start(), m.end(), m.text(), EntityType.PLACE));
        }
        return out == null ? mentions : out;
    }

    /**
     * "reports in The Times": a one-word organisation name preceded by a capitalised "The" in mid-sentence
     * includes it, and then every mention of that name directly after "The" does.
     */
    static List<RecognisedMention> includeCapitalisedThe(String text, List<RecognisedMention> mentions) {
        Set<String> withThe = new HashSet<>();
        for (RecognisedMention m : mentions) {
            if (m.type() == EntityType.ORG && m.text().indexOf(' ') < 0 && theBefore(text, m.start()) >= 0
                    && !sentenceInitial(text, theBefore(text, m.start()))) {
                withThe.add(NameNormalizer.key(m.text()));
            }
        }
        if (withThe.isEmpty()) {
            return mentions;
        }
        List<RecognisedMention> out = new ArrayList<>(mentions.size());
        for (RecognisedMention m : mentions) {
            int the = theBefore(text, m.start());
            if (the >= 0 && m.type() == EntityType.ORG && withThe.contains(NameNormalizer.key(m.text()))) {
                out.add(new RecognisedMention(the, m.end(), text.substring(the, m.end()), m.type()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * An organisation's name that begins a sentence or a wire story with "The" ("The Bundesbank declined to comment")
     * loses the "The" when the article also names it without ("the Bundesbank"): one name in the article.
     */
    static List<RecognisedMention> initialTheDropped(String text, List<RecognisedMention> mentions) {
        Set<String> without = null;
        for (RecognisedMention m : mentions) {
            if (m.type() == EntityType.ORG && !m.text().startsWith("The ")) {
                if (without == null) {
                    without = new HashSet<>();
                }
                without.add(NameNormalizer.key(m.text()));
            }
        }
        if (without == null) {
            return mentions;
        }
        List<RecognisedMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            RecognisedMention m = mentions.get(i);
            if (m.type() == EntityType.ORG && m.text().startsWith("The ") && startsTheStory(text, m.start())
                    && without.contains(NameNormalizer.key(m.text().substring(4)))) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, new RecognisedMention(m.start() + 4, m.end(), m.text().substring(4), m.type()));
            }
        }
        return out == null ? mentions : out;
    }

    /** Whether {@code at} begins a sentence or the story after a wire's dateline ("BONN, March 2 - "). */
    private static boolean startsTheStory(String text, int at) {
        return follows(text, at, ".!?\n:;-\u2013\u2014");
    }

    /** The offset of a "The " directly before {@code start}, or -1. */
    private static int theBefore(String text, int start) {
        int s = start - 4;
        if (s < 0 || !text.startsWith("The ", s)) {
            return -1;
        }
        return s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) ? s : -1;
    }

    private static boolean sentenceInitial(String text, int at) {
        return follows(text, at, ".!?\n:;");
    }

    /** Whether {@code at} starts the text or follows one of {@code marks}, spaces and opening quotes skipped. */
    private static boolean follows(String text, int at, String marks) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || marks.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Where the name starts in a person-tagged span that a description begins ("Tory leader Michael
     * Howard"): the capitalised words (at most three) after the lower-case word at {@code lower}; else -1.
     */
    private static int nameAfterDescription(List<Token> tokens, int lower, int end) {
        int k = lower;
        while (k <= end && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
            k++;
        }
        if (k > end || end - k + 1 > 3 || !capitalised(tokens, k, end)) {
            return -1;
        }
        return k;
    }

    /** A person name ends before a lower-case word that is not a name particle ("Kim repeated" -> "Kim"). */
    private static int cutAtLowerCaseWord(List<Token> tokens, int start, int end) {
        for (int k = start + 1; k <= end; k++) {
            String w = tokens.get(k).text();
            if (Character.isLowerCase(w.charAt(0)) && !NameParticleJoiner.isParticle(w)
                    && Character.isUpperCase(tokens.get(start).text().charAt(0))) {
                return k - 1;
            }
        }
        return end;
    }

    private static EntityType typeOf(int cls) {
        return switch (cls) {
            case 0 -> EntityType.PERSON;
            case 1 -> EntityType.ORG;
            case 2 -> EntityType.PLACE;
            default -> null;
        };
    }

    /** Pronouns, function words, listed non-names, and strings without a letter or a capital letter. */
    boolean isJunk(String surface) {
        String word = NameNormalizer.foldTypography(surface).strip().toLowerCase(Locale.ROOT);
        // "WHO", "US", "IT" in capitals are acronyms; "REUTER", a headline's "CURRENTLY" are the listed
        // words, and so is "LIBOR", listed in capitals
        boolean acronym = surface.length() >= 2 && surface.length() <= 5 && surface.equals(surface.toUpperCase(Locale.ROOT))
                && !notEntitiesInCapitals.contains(word);
        if (word.isEmpty() || (!acronym && notEntities.contains(word)) || TIME_ZONES.contains(word)) {
            return true;
        }
        boolean letter = false;
        for (int i = 0; i < surface.length(); i++) {
            if (Character.isLetter(surface.charAt(i))) {
                letter = true;
                break;
            }
        }
        return !letter || startsWithPlaceCompound(surface) || looksTechnical(surface)
                || PARTY_AND_STATE.matcher(surface).matches();
    }

    /** A US legislator's party and state after the name: "D-Vt.", "R-Kan". */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile("[DRI]-[A-Z][a-z]{0,4}\\.?");

    /** Office words that are also the names of bodies on their own. */
    private static final Set<String> BODIES_OF_OFFICES = Set.of("treasury", "exchequer");

    /** Capitalised words that make the name before them an office ("Trade Representative", "Energy Secretary"). */
    private static final Set<String> OFFICE_HOLDERS = Set.of("Representative", "Secretary", "Minister");

    /** Lower-case nouns after which a place's name says where a firm is ("the New York firm"). */
    private static final Set<String> FIRM_NOUNS = Set.of("firm", "company", "bank", "brokerage", "concern",
            "unit", "subsidiary", "group", "investor", "investors", "banker", "bankers");
    /** Last words of organisations that are also the places they sit in ("White House", "Downing Street"). */
    private static final Set<String> BUILDING_WORDS = Set.of("house", "street", "hill", "palace", "hall", "square");

    /** What the tail of a firm's name can be made of, besides the legal forms. */
    private static final Set<String> COMPANY_FORMS = CompanyForms.legalFormsAnd("corporation", "company", "group",
            "holding", "holdings", "bank", "sa", "&", "and", "party");

    /** "Co", "Co Inc", "Bank", "Party" (of "the Brexit Party", "Brexit" cut): the tail of a name tagged on its own names nothing. */
    static boolean onlyCompanyForms(String lowerSurface) {
        for (String w : CompanyForms.words(lowerSurface)) {
            String bare = CompanyForms.bare(w);
            if (!bare.isEmpty() && !COMPANY_FORMS.contains(bare)) {
                return false;
            }
        }
        return true;
    }

    /** Units that end an amount ("H.K. Dlrs" of "1.2 BILLION H.K. DLRS"), never a name. */
    private static final Set<String> AMOUNT_WORDS = Set.of("dlrs", "dollars", "cts", "cents", "francs",
            "stg", "lire", "pesos", "rupees", "pct", "percent", "mln", "bln", "billion", "million");

    /** Offices that end a person-tagged span which is no name ("U.K. Chancellor", "Finance Minister"). */
    private static final Set<String> OFFICES = Set.of("chancellor", "minister", "president", "secretary",
            "governor", "chairman", "chairwoman", "premier", "ambassador", "commissioner", "spokesman",
            "spokeswoman");

    /** Time-zone abbreviations, which news prints in capitals after times ("05:00 UTC"). */
    private static final Set<String> TIME_ZONES = Set.of("utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt",
            "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "ist", "jst", "aest", "aedt");

    /** Last words that end the names of firms, never of people ("Salomon Brothers", "Martin Marietta Corp"). */
    private static final Set<String> ORGANISATION_LAST_WORDS = CompanyForms.legalFormsAnd("corporation", "group",
            "holdings", "brothers", "bros", "industries", "international", "securities", "partners", "associates",
            "enterprises", "airlines", "motors", "bancorp", "bank", "trust", "fund", "exchange", "agency",
            "association", "institute", "university", "commission", "council", "committee", "ministry",
            "department", "administration", "democrats", "republicans", "socialists");

    /**
     * A name tagged as a person that is an organisation's: one that ends with a word only firms and
     * bodies end with, starts like a bank ("Banque Nationale de Paris"), or is an acronym of three or
     * more capitals ("GATT").
     */
    static boolean namesAnOrganisation(String surface) {
        if (CompanyForms.endsWithOneOf(surface, ORGANISATION_LAST_WORDS) || startsLikeABank(surface)) {
            return true;
        }
        if (CompanyForms.words(surface).length != 1 || surface.length() < 3) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) {
            if (!Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether tokens {@code from..to} (inclusive) are, as a whole, a city, country or region of the
     * gazetteer that does not start with a given name: "Sao Paulo", "Latin America" tagged as a person
     * are places ("Santa Cruz" is left alone: "Santa" is a given name).
     */
    boolean isPlaceName(List<Token> tokens, int from, int to) {
        long[] lower = phrase(tokens, from, to);
        if (lower == null || startsWithGivenName(tokens, from)) {
            return false;
        }
        Lexicon lexicon = tagger.features().lexicon();
        return lexicon.contains(lower, 0, lower.length, Lexicon.COUNTRY)
                || lexicon.contains(lower, 0, lower.length, Lexicon.CITY)
                || lexicon.contains(lower, 0, lower.length, Lexicon.REGION);
    }

    /**
     * A name of two words or more that is wholly a well-known organisation of the lexicon ("Morgan
     * Stanley", "Smith Barney", "J.P. Morgan"): firms named after their founders read like people to
     * the tagger, but the full name of a well-known firm is the firm. Place-tagged names ending with a
     * building or street word are left alone: applied to them, the rule cost CoNLL++ dev two correct
     * places ("White House" is on the list).
     */
    boolean isKnownOrganisation(List<Token> tokens, int from, int to) {
        long[] lower = phrase(tokens, from, to);
        return lower != null && tagger.features().lexicon().contains(lower, 0, lower.length, Lexicon.ORGANISATION);
    }

    /** The lower-case hashes of tokens {@code from..to} for a lexicon look-up, or null unless they are 2 to 5 words. */
    private static long[] phrase(List<Token> tokens, int from, int to) {
        int n = to - from + 1;
        if (n < 2 || n > Lexicon.MAX_PHRASE) {
            return null;
        }
        long[] lower = new long[n];
        for (int k = 0; k < n; k++) {
            lower[k] = StringHash.lower(tokens.get(from + k).text());
        }
        return lower;
    }

    /**
     * Where a person's name starts inside an organisation-tagged span that is an office followed by
     * the holder's name ("Exchequer Nigel Lawson" of "Chancellor of the Exchequer Nigel Lawson"):
     * the span's first words are titles or "Exchequer", and the last two or three begin with a given
     * name. Returns {@code from} when the span is no such thing.
     */
    private int personAfterOffice(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && isOfficeWord(tokens.get(k).text())) {
            k++;
        }
        int rest = to - k + 1;
        if (k == from || rest < 2 || rest > 3) {
            return from;
        }
        return startsWithGivenName(tokens, k) ? k : from;
    }

    private boolean startsWithGivenName(List<Token> tokens, int at) {
        return isGivenName(tokens.get(at).text());
    }

    /** "the bank's" -> "the bank". */
    private static String withoutPossessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("\u2019s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** Whether a name begins with a given name and is not a well-known organisation ("Smith Barney" is). */
    private boolean startsLikeAPerson(String name) {
        return isGivenName(CompanyForms.words(name)[0]) && !isKnownOrganisation(name);
    }

    /** Whether a name of two to five words is a well-known organisation of the lexicon. */
    private boolean isKnownOrganisation(String name) {
        String[] words = CompanyForms.words(name);
        if (words.length < 2 || words.length > Lexicon.MAX_PHRASE) {
            return false;
        }
        long[] lower = new long[words.length];
        for (int k = 0; k < words.length; k++) {
            lower[k] = StringHash.lower(words[k]);
        }
        return tagger.features().lexicon().contains(lower, 0, lower.length, Lexicon.ORGANISATION);
    }

    /** Whether a word is a given name of the gazetteer ("David", "Carter"; not "Minnis"). */
    public boolean isGivenName(String word) {
        long[] first = {StringHash.lower(word)};
        return tagger.features().lexicon().contains(first, 0, 1, Lexicon.GIVEN_NAME);
    }

    /** Words of offices besides titles: "(Chancellor of the) Exchequer", "U.S. Trade Representative". */
    private static final Set<String> OFFICE_WORDS = Set.of("exchequer", "trade", "treasury", "finance", "foreign",
            "agriculture", "commerce", "energy", "defense", "defence", "labor", "labour", "interior", "justice",
            "transport", "health", "education", "representative", "oil", "economy", "economics", "industry",
            "planning");

    private boolean isOfficeWord(String word) {
        return OFFICE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || PersonTitles.isTitle(word)
                || (word.indexOf('.') > 0 && countries.canonical(word).isPresent()); // "U.S.", "U.K."
    }

    /** File names, addresses and credits: "Lisa_resume.doc", "www.igourmet.com", "Kin Cheung/PA". */
    private static boolean looksTechnical(String surface) {
        String s = surface.toLowerCase(Locale.ROOT);
        return s.indexOf('/') >= 0 || s.indexOf('_') >= 0 || s.indexOf('@') >= 0 || s.startsWith("www.")
                || s.startsWith("http") || s.endsWith(".doc") || s.endsWith(".htm") || s.endsWith(".html")
                || s.endsWith(".pdf");
    }

    /** "UK-EU", "UK-France Summit", "EU-UK": hyphenated compounds of country names or short codes. */
    private boolean startsWithPlaceCompound(String surface) {
        int space = surface.indexOf(' ');
        String first = space < 0 ? surface : surface.substring(0, space);
        if (first.indexOf('-') <= 0) {
            return false;
        }
        for (String part : first.split("-")) {
            boolean code = part.length() >= 2 && part.length() <= 3 && part.equals(part.toUpperCase(Locale.ROOT))
                    && Character.isLetter(part.charAt(0));
            if (!code && countries.canonical(part).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One type per name in a document: the majority type among mentions with the same key, and a single
     * word that is the last word of a multi-word person name is that person.
     */
    static List<RecognisedMention> makeTypesConsistent(List<RecognisedMention> mentions) {
        Map<String, int[]> votes = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (RecognisedMention m : mentions) {
            String key = NameNormalizer.key(m.text());
            votes.computeIfAbsent(key, k -> new int[EntityType.values().length])[m.type().ordinal()]++;
            if (m.type() == EntityType.PERSON) {
                String[] words = key.split(" ");
                if (words.length >= 2) {
                    surnames.add(words[words.length - 1]);
                }
            }
        }
        List<RecognisedMention> out = new ArrayList<>(mentions.size());
        for (RecognisedMention m : mentions) {
            String key = NameNormalizer.key(m.text());
            EntityType type = m.type();
            if (surnames.contains(key)) {
                type = EntityType.PERSON;
            } else {
                int[] v = votes.get(key);
                int best = type.ordinal();
                for (int k = 0; k < v.length; k++) {
                    if (v[k] > v[best]) {
                        best = k;
                    }
                }
                type = EntityType.values()[best];
            }
            out.add(type == m.type() ? m : new RecognisedMention(m.start(), m.end(), m.text(), type));
        }
        return out;
    }

    static StatisticalEntityRecognizer load() {
        try (InputStream in = StatisticalEntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing NER model resource " + MODEL_RESOURCE);
            }
            TaggerModel model = TaggerModel.read(in);
            FeatureExtractor features = new FeatureExtractor(Lexicon.load(), model.clusters());
            List<String> notEntities = NerResources.lines("not-entities.txt");
            return new StatisticalEntityRecognizer(new SequenceTagger(model, features), EntityCanonicalizer.standard(),
                    NerResources.words(notEntities), NerResources.inCapitals(notEntities),
                    NerResources.words("not-names-alone.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        private static final StatisticalEntityRecognizer INSTANCE = load();
    }
}
