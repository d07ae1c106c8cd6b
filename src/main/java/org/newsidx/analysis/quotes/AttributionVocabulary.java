package org.newsidx.analysis.quotes;

import java.util.Set;

/** The closed word classes that attribution rules need: pronouns, auxiliaries, titles, role nouns. */
final class AttributionVocabulary {

    private AttributionVocabulary() {
    }

    /** An immutable set of the given words; repeats are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Set<String> PERSON_PRONOUNS = words("he", "she", "i", "him", "her");
    static final Set<String> GROUP_PRONOUNS = words("they", "we", "it", "you");
    static final Set<String> RELATIVE_PRONOUNS = words("who", "which", "that");

    /** Words that may stand between a subject and its reporting verb: "has also said", "later told". */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = words("has", "have", "had", "is", "was", "were", "are", "be",
            "been", "being", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "did", "does",
            "do", "to", "also", "later", "then", "again", "previously", "once", "recently", "repeatedly", "reportedly",
            "allegedly", "publicly", "privately", "often", "frequently", "even", "just", "already", "still", "never",
            "not", "n't", "subsequently", "further", "quickly", "bluntly", "simply", "famously", "flatly", "first",
            "initially", "earlier", "since", "ultimately", "finally", "now", "today", "yesterday", "tonight",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "week",
            "night", "morning", "afternoon", "evening", "openly", "angrily", "directly", "proudly", "explicitly",
            "specifically", "confidently", "sarcastically", "defiantly", "emphatically", "loudly", "quietly",
            "succinctly", "memorably", "infamously", "approvingly", "has", "went", "go", "goes", "on", "quoted", "as",
            "being", "got", "so", "too", "likewise", "similarly", "herself", "himself", "themselves", "itself",
            "however", "though", "instead", "actually", "really", "personally", "in", "fact", "didn't", "didn’t",
            "doesn't", "doesn’t", "don't", "don’t", "wasn't", "wasn’t", "won't", "won’t", "wouldn't", "wouldn’t",
            "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "isn't", "isn’t", "can't", "can’t",
            "couldn't", "couldn’t", "shouldn't", "shouldn’t", "overnight");

    /** Words after a reporting verb, before an inverted subject: "said Tuesday Mr Smith" (rare) or "said on". */
    static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "later", "earlier", "also", "then", "recently", "previously",
            "once");

    /** Words that end a noun phrase when met: function words and common verbs. */
    static final Set<String> NOT_IN_NOUN_PHRASE = words("that", "which", "who", "whom", "whose", "and", "but", "or",
            "for", "of",
            "nor", "to", "in", "on", "at", "as", "with", "from", "by", "because", "if", "when", "while", "after",
            "before", "than", "not", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "might", "must", "do", "did", "does", "so", "there", "here",
            "this", "these", "those", "it", "its", "also", "about", "into", "over", "under", "against", "during",
            "through", "since", "until", "where", "why", "how", "what", "whether", "though", "although", "even",
            "just", "very", "more", "most", "said", "says", "say", "told", "tells", "no", "yes", "all", "any",
            "some", "such", "only", "again", "then", "now", "up", "out", "off", "down", "like", "unlike", "per",
            "via", "upon", "among", "between", "without", "within", "toward", "towards", "across", "behind",
            "beyond", "amid", "despite", "instead", "whereas", "yet", "however", "meanwhile", "therefore", "thus",
            "get", "got", "make", "made", "going", "go", "went", "want", "wants", "wanted", "think", "believe",
            "believes", "know", "knows", "knew", "see", "saw", "seen", "take", "took", "give", "gave", "come",
            "came", "used", "would", "their", "they", "them", "we", "us", "you", "he", "she", "him", "her", "his",
            "i", "me", "my", "our", "your", "not", "never", "ever", "because", "much", "many", "well", "back",
            "there's", "it's", "one's", "too", "either", "neither", "both", "each", "every", "other", "another",
            "own", "same", "then", "soon", "later", "earlier", "already", "still", "always", "often", "here's",
            "according", "called", "calling", "saying", "adding");

    /** Reporting-verb forms that are nouns as often as verbs ("the report", "his claims"). */
    static final Set<String> NOUN_LIKE = words("claims", "comments", "remarks", "reports", "calls",
            "charges", "questions", "posts", "thanks", "notes", "promises", "tweets", "chants", "vows", "shouts",
            "answers", "replies", "warnings", "statements", "quotes", "demands", "pledges", "blasts", "jokes",
            "laments", "comment", "report", "question", "call", "charge", "post", "promise", "tweet", "vow",
            "answer", "reply", "demand", "pledge", "joke", "note", "claim", "remark", "state", "states", "read",
            "release", "counter", "stress", "label", "brand", "thought", "warning", "dispute", "sing", "retort",
            "attack", "attacks", "cry", "blast", "slam", "boast", "plea", "praise", "mock", "snap", "hail");

    /** Prepositions: a noun phrase right after one is no subject ("took to Twitter"). */
    static final Set<String> PREPOSITIONS = words("to", "in", "on", "at", "with", "from", "by", "for",
            "about", "into", "over", "against", "of", "during", "toward", "towards", "than", "like");

    /** Dashes: an attribution ("― Maria Lopez") or a dateline's end ("WASHINGTON (AP) —"). */
    static final Set<String> DASHES = words("―", "—", "–", "-");

    /** Determiners that open a noun phrase ("the minister", "a spokeswoman", "his lawyer"). */
    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "one",
            "two", "three", "several", "many", "some", "other", "another", "both", "two", "these", "those", "this");

    /** Prepositions allowed inside a noun phrase: "secretary of state", "a spokesman for the campaign". */
    static final Set<String> INNER_PREPOSITIONS = words("of", "for", "at");

    /** Capitalised words that begin a sentence without being part of a name. */
    static final Set<String> CAPITALISED_FUNCTION_WORDS = words("But", "And", "Or", "So", "Yet", "Still", "Then",
            "Now", "When", "While", "After", "Before", "As", "In", "On", "At", "For", "With", "From", "By", "Also",
            "However", "Meanwhile", "Instead", "Later", "Earlier", "Asked", "Speaking", "Writing", "Today",
            "Yesterday", "Tonight", "If", "Because", "Though", "Although", "Since", "Until", "Here", "There",
            "This", "That", "These", "Those", "It", "Its", "What", "Why", "How", "Where", "Who", "Even", "Just",
            "Only", "Indeed", "Instead", "Overall", "Finally", "Separately", "Similarly", "Likewise", "Still",
            "Nevertheless", "Moreover", "Furthermore", "Besides", "Yes", "No", "Not", "According", "During",
            "Despite", "Under", "Over", "Among", "Amid", "Without", "Within", "Following", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Last", "Next", "Some", "Many", "Most");

    /** Title words dropped from a speaker's name: "Mr Macron" is Macron, "Sen. Ted Cruz" is Ted Cruz. */
    static final Set<String> TITLES = words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "lord", "lady", "sen.", "sen", "senator", "rep.", "rep", "representative", "gov.", "gov", "governor",
            "president", "vice", "prime", "minister", "secretary", "chancellor", "mayor", "judge", "justice",
            "professor", "prof.", "gen.", "general", "col.", "colonel", "lt.", "capt.", "captain", "sgt.",
            "rev.", "reverend", "father", "pope", "king", "queen", "prince", "princess", "speaker", "chairman",
            "chairwoman", "chair", "leader", "candidate", "nominee", "congressman", "congresswoman", "attorney",
            "former", "the", "hon.", "sheriff", "chief", "commissioner", "ambassador", "director", "detective",
            "officer", "deputy", "mp", "msp", "mep");
}
