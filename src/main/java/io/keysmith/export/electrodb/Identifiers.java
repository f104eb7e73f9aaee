package io.keysmith.export.electrodb;

import java.util.Set;

/** TypeScript identifiers made from user names: ASCII letters, digits and underscores, never a reserved word. */
final class Identifiers {

    private static final Set<String> TAKEN = Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
            "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
            "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "let", "static", "yield", "await", "implements", "interface",
            "package", "private", "protected", "public", "any", "unknown", "never", "object", "string", "number",
            "boolean", "symbol", "undefined", "Entity", "Service", "ElectroEntity", "ElectroService", "connect",
            "keysmithNumber", "entities", "services", "accessPatterns", "creates", "found", "toElectro", "NAMES",
            "READ", "GET", "Found", "Params", "Refused", "transact", "refusedIfConditionFails", "createWriteTransaction",
            "current", "next", "t", "a", "o", "e", "DynamoDBDocumentClient", "params", "x", "constructor", "prototype",
            "__proto__");

    private Identifiers() {
    }

    /** {@code name} if it already is a safe identifier, else its letters and digits with {@code _} for the rest. */
    static String of(String name, Set<String> used) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        String base = out.isEmpty() || Character.isDigit(out.charAt(0)) ? "a" + out : out.toString();
        String candidate = base;
        int n = 2;
        while (TAKEN.contains(candidate) || used.contains(candidate)) {
            candidate = base + "_" + n++;
        }
        used.add(candidate);
        return candidate;
    }
}
