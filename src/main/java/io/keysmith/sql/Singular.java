package io.keysmith.sql;

import java.util.Locale;
import java.util.Map;

/** The singular of an English table name's last word, by the rules that cover schema names ({@code categories}, {@code addresses}, {@code people}). */
final class Singular {

    private static final Map<String, String> IRREGULAR = Map.of(
            "people", "person", "children", "child", "men", "man", "women", "woman",
            "mice", "mouse", "data", "data", "media", "media", "criteria", "criterion", "indices", "index");

    private Singular() {
    }

    static String of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return word.substring(0, 1) + irregular.substring(1);
        }
        if (lower.length() <= 3 || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")
                || !lower.endsWith("s")) {
            return word;
        }
        if (lower.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zzes") || lower.endsWith("statuses") || lower.endsWith("buses")
                || lower.endsWith("bonuses") || lower.endsWith("campuses") || lower.endsWith("viruses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
