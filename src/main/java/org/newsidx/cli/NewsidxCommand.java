package org.newsidx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: its sub-commands do the work. */
@Command(name = "newsidx", mixinStandardHelpOptions = true, version = "newsidx 0.1.0",
        description = "Search engine for a folder of news articles: passages, entities, dates and quotations.",
        subcommands = {IndexCommand.class, SearchCommand.class, QuotesCommand.class, ShowCommand.class,
            FacetsCommand.class, StatsCommand.class, AnalyzeCommand.class, CommandLine.HelpCommand.class})
public final class NewsidxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (index, search, ...)");
    }

    /** A command line with newsidx's error handling: one line on stderr, exit 2, stack traces only with -v. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsidxCommand());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(ErrorReporter::onParameterError);
        cl.setOut(new PrintWriter(System.out, true));
        cl.setErr(new PrintWriter(System.err, true));
        return cl;
    }
}
