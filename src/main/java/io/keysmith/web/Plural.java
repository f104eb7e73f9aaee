package io.keysmith.web;

/** Counted nouns for the screens: "1 table", "3 tables", rather than "table(s)". */
final class Plural {

    private Plural() {
    }

    static String of(long count, String noun) {
        if (count == 1) {
            return count + " " + noun;
        }
        return count + " " + (noun.matches(".*[^aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun + (noun.endsWith("s") ? "es" : "s"));
    }
}
