package org.newsidx.cli;

import org.newsidx.index.IndexDamage;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line on stderr and an exit code; {@code -v} adds the stack trace. */
final class ErrorReporter implements IExecutionExceptionHandler {

    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        return report(ex, parseResult != null && isVerbose(parseResult), cl.getErr());
    }

    /** One line on {@code err} (and the stack trace when verbose); the exit code. */
    static int report(Exception ex, boolean verbose, java.io.PrintWriter err) {
        Throwable damage = IndexDamage.find(ex, false);
        if (damage != null && !(ex instanceof UserError)) {
            ex = new UserError(IndexDamage.message(null, damage), USAGE, ex);
        }
        String message = ex instanceof UserError ? ex.getMessage() : describe(ex);
        err.println("newsidx: " + message);
        if (verbose) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof UserError)) {
            err.println("newsidx: run again with -v for details");
        }
        err.flush();
        return ex instanceof UserError u ? u.exitCode() : 1;
    }

    static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("newsidx: " + ex.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        cl.getErr().flush();
        return USAGE;
    }

    private static boolean isVerbose(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable ex) {
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
