package io.keysmith.sql;

import java.util.List;

/** Access-pattern names as short sentences: "Get an order by id", "Orders of a customer, newest first". */
final class Sentences {

    private Sentences() {
    }

    /** "an order item" for OrderItem. */
    static String aOne(String entity) {
        String phrase = Names.phrase(entity);
        boolean you = phrase.startsWith("us") || phrase.startsWith("uni") || phrase.startsWith("uti") || phrase.startsWith("eu");
        return ("aeiou".indexOf(phrase.charAt(0)) >= 0 && !you ? "an " : "a ") + phrase;
    }

    /** "Order items" for OrderItem. */
    static String many(String entity) {
        String phrase = plural(Names.phrase(entity));
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static String plural(String phrase) {
        if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
            return phrase + "es";
        }
        return phrase + "s";
    }

    /** "email and tenant id" for [email, tenantId]; an entity's own "customer id" is its "id". */
    static String attributes(String entity, List<String> attributes) {
        String own = Names.phrase(entity) + " ";
        return attributes(attributes.stream().map(a -> Names.phrase(a).startsWith(own) ? a.substring(own.length() - 1) : a).toList());
    }

    /** "email and tenant id" for [email, tenantId]. */
    static String attributes(List<String> attributes) {
        List<String> phrases = attributes.stream().map(Names::phrase).toList();
        if (phrases.size() <= 1) {
            return String.join("", phrases);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.getLast();
    }
}
