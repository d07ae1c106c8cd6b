package org.newsidx.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Lets tests in other packages run the CLI entry point in-process. */
public final class CliTestAccess {

    /** Exit code and captured output of one run. */
    public record Result(int code, String out, String err) {
        public JsonNode json() {
            return new CliRunner.Result(code, out, err).json();
        }
    }

    private CliTestAccess() {
    }

    public static Result run(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
