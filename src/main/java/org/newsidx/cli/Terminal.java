package org.newsidx.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Whether output goes to a person's terminal, and the ANSI styles used there. */
final class Terminal {

    private Terminal() {
    }

    static Styles colours(CommandSpec spec) {
        return colours();
    }

    /** Colours only on a terminal, and never when NO_COLOR is set or TERM is dumb. */
    static Styles colours() {
        return new Styles(Invocation.current().colours());
    }

    /** Whether stderr is a terminal that can show a progress bar. */
    static boolean interactiveStderr() {
        return Invocation.current().interactive();
    }

    /** ANSI styles, or plain text when colours are off. */
    record Styles(boolean on) {
        String bold(String s) {
            return wrap("1", s);
        }

        String dim(String s) {
            return wrap("2", s);
        }

        String title(String s) {
            return wrap("1;34", s);
        }

        String accent(String s) {
            return wrap("33", s);
        }

        String good(String s) {
            return wrap("32", s);
        }

        String startBold() {
            return on ? "\u001B[1;33m" : "";
        }

        String endBold() {
            return on ? "\u001B[0m" : "";
        }

        private String wrap(String code, String s) {
            return on ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
        }
    }
}
