package org.newsidx.cli;

/** A number with its noun, in the singular for one ("1 article", "1,024 articles"). */
final class Counted {

    private Counted() {
    }

    static String of(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
