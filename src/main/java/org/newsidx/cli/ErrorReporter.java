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
        boolean verbose = parseResult != null && isVerbose(parseResult);
        Throwable damage = IndexDamage.find(ex, false);
        if (damage != null && !(ex instanceof UserError)) {
            ex = new UserError(IndexDamage.message(null, damage), USAGE, ex);
        }
        String message = ex instanceof UserError ? ex.getMessage() : describe(ex);
        cl.getErr().println("newsidx: " + message);
        if (verbose) {
            ex.printStackTrace(cl.getErr());
        } else if (!(ex instanceof UserError)) {
            cl.getErr().println("newsidx: run again with -v for details");
        }
        cl.getErr().flush();
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
