package org.newsidx.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One command a launcher sends to {@link SearchServer}: NUL-terminated UTF-8 fields, namely its token,
 * working folder, whether stdin and stdout are a terminal (0/1), whether NO_COLOR is set (0/1), TERM,
 * the number of arguments, then the arguments.
 */
record ServerRequest(String token, Path workingDir, boolean console, boolean noColor, String term, String[] args) {

    /** Token, folder, console, NO_COLOR, TERM, number of arguments. */
    static final int HEADER_FIELDS = 6;
    private static final int MAX_BYTES = 1 << 20;

    /** The request on {@code in}, or null when it is malformed, too long, or ends early. */
    static ServerRequest read(InputStream in) throws IOException {
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int total = 0;
        int expected = -1;
        while (expected < 0 || fields.size() < expected) {
            int n = in.read(buf);
            if (n < 0 || (total += n) > MAX_BYTES) {
                return null;
            }
            for (int k = 0; k < n; k++) {
                if (buf[k] != 0) {
                    field.write(buf[k]);
                    continue;
                }
                fields.add(field.toString(StandardCharsets.UTF_8));
                field.reset();
                if (fields.size() == HEADER_FIELDS) {
                    int argc = count(fields.get(HEADER_FIELDS - 1));
                    if (argc < 0) {
                        return null;
                    }
                    expected = HEADER_FIELDS + argc;
                }
            }
        }
        Path cwd;
        try {
            cwd = Path.of(fields.get(1));
        } catch (InvalidPathException e) {
            return null;
        }
        return new ServerRequest(fields.get(0), cwd, fields.get(2).equals("1"), fields.get(3).equals("1"),
                fields.get(4).isEmpty() ? null : fields.get(4),
                fields.subList(HEADER_FIELDS, fields.size()).toArray(new String[0]));
    }

    /** Whether the request carries {@code expected} (compared in constant time). */
    boolean hasToken(byte[] expected) {
        boolean hex = token.length() == 32 && token.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        return hex && MessageDigest.isEqual(expected, HexFormat.of().parseHex(token));
    }

    /**
     * Whether the command should run in the client's own JVM after all: {@code -v} (a stack trace
     * without the server's frames) or an {@code @file} of arguments (picocli would read it relative to
     * the server's folder).
     */
    boolean wantsOwnJvm() {
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose") || a.startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    /** The client's terminal and colour settings, with indexes opened through {@code indexes}. */
    Invocation invocation(Invocation.IndexOpener indexes) {
        return new Invocation(console, noColor, term, indexes);
    }

    private static int count(String s) {
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(s);
    }
}
