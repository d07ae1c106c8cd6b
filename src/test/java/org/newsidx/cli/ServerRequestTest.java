package org.newsidx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The fields a launcher sends to the search server, read and checked. */
class ServerRequestTest {

    private static final String TOKEN = "00112233445566778899aabbccddeeff";

    private static ServerRequest read(String... fields) throws IOException {
        return ServerRequest.read(new ByteArrayInputStream((String.join("\0", fields) + "\0")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheFieldsOfARequest() throws IOException {
        ServerRequest r = read(TOKEN, "/home/ann/news", "1", "0", "xterm", "3", "search", "Müller", "");
        assertEquals(Path.of("/home/ann/news"), r.workingDir());
        assertTrue(r.console());
        assertFalse(r.noColor());
        assertEquals("xterm", r.term());
        assertArrayEquals(new String[] {"search", "Müller", ""}, r.args(), "UTF-8, and an empty argument kept");
        assertTrue(r.hasToken(HexFormat.of().parseHex(TOKEN)));
        assertFalse(r.hasToken(HexFormat.of().parseHex("ffeeddccbbaa99887766554433221100")));
        assertFalse(r.wantsOwnJvm());
        assertTrue(read(TOKEN, "/", "0", "0", "", "2", "search", "-v").wantsOwnJvm(), "stack traces");
        assertTrue(read(TOKEN, "/", "0", "0", "", "2", "search", "@args.txt").wantsOwnJvm(), "a file of arguments");
        assertNull(read(TOKEN, "/", "0", "0", "", "0").term(), "no TERM");
    }

    @Test
    void refusesMalformedRequests() throws IOException {
        assertNull(read(TOKEN, "/", "0", "0", "", "x", "search"), "a count that is no number");
        assertNull(read(TOKEN, "/", "0", "0", "", "2", "search"), "fewer arguments than counted");
        assertNull(ServerRequest.read(new ByteArrayInputStream(new byte[0])), "nothing sent");
        byte[] huge = new byte[(1 << 20) + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertNull(ServerRequest.read(new ByteArrayInputStream(huge)), "over 1 MB");
        assertFalse(read("not-hex-and-not-32-chars", "/", "0", "0", "", "0").hasToken(HexFormat.of().parseHex(TOKEN)));
    }
}
