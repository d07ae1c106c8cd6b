package org.newsidx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: its sub-commands do the work. */
@Command(name = "newsidx", mixinStandardHelpOptions = true, version = "newsidx 0.1.0",
        description = "Search engine for a folder of news articles: passages, entities, dates and quotations.")
public final class NewsidxCommand implements Runnable {

    /** The sub-commands, in the order the help lists them. */
    static final String[] SUBCOMMANDS = {"index", "search", "quotes", "show", "facets", "stats", "analyze", "help"};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (index, search, ...)");
    }

    /** A command line with newsidx's error handling: one line on stderr, exit 2, stack traces only with -v. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: when they start with a sub-command's name, only that
     * sub-command is set up (picocli reads every option of every sub-command it is given, which
     * takes much of a short command's start-up); otherwise all of them, for help and errors.
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(args, Main.utf8(System.out), Main.utf8(System.err));
    }

    /** The command line for {@code args}, printing to {@code out} and {@code err}. */
    static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new NewsidxCommand());
        String first = args.length > 0 ? args[0] : null;
        boolean one = first != null && !first.equals("help") && subcommand(first) != null;
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(ErrorReporter::onParameterError);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    private static Object subcommand(String name) {
        switch (name) {
            case "index": return new IndexCommand();
            case "search": return new SearchCommand();
            case "quotes": return new QuotesCommand();
            case "show": return new ShowCommand();
            case "facets": return new FacetsCommand();
            case "stats": return new StatsCommand();
            case "analyze": return new AnalyzeCommand();
            case "help": return new CommandLine.HelpCommand();
            default: return null;
        }
    }
}
