package org.newsidx.analysis.ner;

/**
 * The BILOU tag set over the entity classes the tagger learns: PER, ORG, LOC and MISC (MISC is learnt so
 * that nationalities and events are kept out of the other classes, and is never reported). Tag 0 is O;
 * tag {@code 1 + 4*class + position} with position B=0, I=1, L=2, U=3.
 */
final class TagSet {

    static final String[] CLASSES = {"PER", "ORG", "LOC", "MISC"};
    static final int CLASS_COUNT = CLASSES.length;
    static final int SIZE = 1 + 4 * CLASS_COUNT;
    static final int O = 0;
    static final int B = 0;
    static final int I = 1;
    static final int L = 2;
    static final int U = 3;
    /** The "previous tag" value before the start of a sentence. */
    static final int START = SIZE;

    private static final boolean[][] ALLOWED = new boolean[SIZE + 1][SIZE];

    static {
        for (int prev = 0; prev <= SIZE; prev++) {
            for (int tag = 0; tag < SIZE; tag++) {
                ALLOWED[prev][tag] = computeAllowed(prev, tag);
            }
        }
    }

    private TagSet() {
    }

    static int tag(int cls, int position) {
        return 1 + 4 * cls + position;
    }

    /** The class of a tag, or -1 for O and START. */
    static int classOf(int tag) {
        return tag == O || tag >= SIZE ? -1 : (tag - 1) / 4;
    }

    static int positionOf(int tag) {
        return (tag - 1) % 4;
    }

    static boolean allowed(int prev, int tag) {
        return ALLOWED[prev][tag];
    }

    /** Whether an entity ends at a token with this tag. */
    static boolean endsEntity(int tag) {
        return tag != O && tag < SIZE && (positionOf(tag) == L || positionOf(tag) == U);
    }

    static String name(int tag) {
        if (tag == O) {
            return "O";
        }
        if (tag == START) {
            return "START";
        }
        return "BILU".charAt(positionOf(tag)) + "-" + CLASSES[classOf(tag)];
    }

    static int classIndex(String cls) {
        for (int i = 0; i < CLASSES.length; i++) {
            if (CLASSES[i].equals(cls)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean computeAllowed(int prev, int tag) {
        boolean prevOpen = prev != O && prev != START && (positionOf(prev) == B || positionOf(prev) == I);
        if (tag == O) {
            return !prevOpen;
        }
        int pos = positionOf(tag);
        if (pos == B || pos == U) {
            return !prevOpen;
        }
        return prevOpen && classOf(prev) == classOf(tag);
    }

    /** The entities of a tag sequence, each packed as {@code start << 24 | end << 8 | class} (end exclusive). */
    static java.util.List<Long> spans(int[] tags) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == O) {
                start = -1;
                continue;
            }
            int pos = positionOf(t);
            if (pos == B || pos == U) {
                start = i;
            }
            if ((pos == L || pos == U) && start >= 0) {
                out.add(((long) start << 24) | ((long) (i + 1) << 8) | classOf(t));
                start = -1;
            }
        }
        return out;
    }

    static int spanStart(long span) {
        return (int) (span >>> 24);
    }

    static int spanEnd(long span) {
        return (int) ((span >>> 8) & 0xFFFF);
    }

    static int spanClass(long span) {
        return (int) (span & 0xFF);
    }
}
