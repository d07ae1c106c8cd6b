package org.newsidx.cli;

import java.nio.file.Path;
import org.newsidx.search.IndexSnapshot;
import org.newsidx.search.IndexUnavailableException;

/**
 * How a command line was given: whether its output goes to a person's terminal, its colour settings,
 * and how it opens an index (a client's index path is resolved against the client's folder). A command run by this process for itself sees the
 * process's own ({@link #current()} by default); a command that {@link SearchServer} runs for a client
 * sees the client's, for the length of that command, on the thread that runs it.
 *
 * @param console    whether stdin and stdout are a terminal (what {@code System.console()} tells a local run)
 * @param noColor    whether NO_COLOR is set
 * @param term       the TERM variable, or null
 * @param indexes    opens the index a command names
 */
record Invocation(boolean console, boolean noColor, String term, IndexOpener indexes) {

    /** Opens an index folder for one command; the command closes what it gets. */
    interface IndexOpener {
        IndexSnapshot open(Path dir) throws IndexUnavailableException;
    }

    private static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();

    /** The invocation of the command running on this thread: a client's, or this process's own. */
    static Invocation current() {
        Invocation i = CURRENT.get();
        return i != null ? i : local();
    }

    /** This process's own terminal and environment. */
    static Invocation local() {
        return new Invocation(System.console() != null, System.getenv("NO_COLOR") != null,
                System.getenv("TERM"), new OwnIndexes());
    }

    /** Opens the index itself (a class, not a method reference: a one-off search links no lambda for it). */
    private static final class OwnIndexes implements IndexOpener {
        @Override
        public IndexSnapshot open(Path dir) throws IndexUnavailableException {
            return IndexSnapshot.open(dir);
        }
    }

    /** Runs {@code command} with this invocation as the current one on this thread; returns its exit code. */
    int run(java.util.function.IntSupplier command) {
        Invocation before = CURRENT.get();
        CURRENT.set(this);
        try {
            return command.getAsInt();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** Colours only on a terminal, and never when NO_COLOR is set or TERM is dumb. */
    boolean colours() {
        return console && !noColor && !"dumb".equals(term);
    }

    /** Whether stderr is a terminal that can show a progress bar. */
    boolean interactive() {
        return console && !"dumb".equals(term);
    }
}
