package org.newsidx.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line on stderr and an exit code; {@code -v} adds the stack trace. */
final class ErrorReporter implements IExecutionExceptionHandler {

    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        boolean verbose = parseResult != null && isVerbose(parseResult);
        Throwable damage = indexDamage(ex);
        if (damage != null && !(ex instanceof UserError)) {
            ex = new UserError("the index is damaged (" + damage.getClass().getSimpleName()
                    + "); rebuild it with 'newsidx index --rebuild [--index DIR] PATH...'", USAGE, ex);
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

    /** A damaged index shows up as one of these, possibly wrapped. */
    private static Throwable indexDamage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.index.CorruptIndexException
                    || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                    || t instanceof org.apache.lucene.index.IndexFormatTooNewException
                    || t instanceof java.io.EOFException) {
                return t;
            }
        }
        return null;
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
