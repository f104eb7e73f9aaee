package io.keysmith.web;

/** Counted nouns for the screens: "1 table", "3 tables", rather than "table(s)". */
final class Plural {

    private Plural() {
    }

    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }
}
