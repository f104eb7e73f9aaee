package io.keysmith.export.code;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Safe, unique identifiers for generated source made from attribute names and pattern ids. */
final class Identifiers {

    private static final Set<String> RESERVED = Set.of(
            // Java
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
            "record", "sealed", "permits", "_",
            // TypeScript / JavaScript
            "let", "function", "await", "async", "delete", "typeof", "in", "of", "with", "export", "debugger",
            "arguments", "eval", "undefined", "client", "dynamoDb",
            // Python
            "and", "as", "def", "del", "elif", "except", "from", "global", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "none", "None", "True", "False", "str");

    private final Set<String> used = new HashSet<>();
    private final boolean snake;

    private Identifiers(boolean snake) {
        this.snake = snake;
    }

    static Identifiers camel() {
        return new Identifiers(false);
    }

    static Identifiers snake() {
        return new Identifiers(true);
    }

    String of(String text) {
        String base = snake ? text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) : text;
        base = base.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "p" + base;
        }
        if (RESERVED.contains(base) || RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = base + "_";
        }
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** Identifiers for a list of parameters, in order, unique among themselves. */
    static List<String> all(List<String> texts, boolean snake) {
        Identifiers ids = new Identifiers(snake);
        return texts.stream().map(ids::of).toList();
    }
}
