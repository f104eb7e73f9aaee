package io.keysmith.local.dynalite;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A canonical text of items and values for comparing two implementations: attributes by name, set
 * elements sorted (sets are unordered), lists and numbers exactly as returned.
 */
final class Canonical {

    private Canonical() {
    }

    static String item(Map<String, AttributeValue> item) {
        if (item == null) {
            return "null";
        }
        return new TreeMap<>(item).entrySet().stream().map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    static List<String> items(List<Map<String, AttributeValue>> items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(item(i)));
        return texts;
    }

    static String value(AttributeValue v) {
        return switch (v.type()) {
            case S -> "S" + quote(v.s());
            case N -> "N" + v.n();
            case B -> "B" + hex(v.b());
            case BOOL -> "BOOL" + v.bool();
            case NUL -> "NULL";
            case SS -> "SS" + v.ss().stream().map(Canonical::quote).sorted().toList();
            case NS -> "NS" + v.ns().stream().sorted().toList();
            case BS -> "BS" + v.bs().stream().map(Canonical::hex).sorted().toList();
            case L -> v.l().stream().map(Canonical::value).collect(Collectors.joining(",", "L[", "]"));
            case M -> "M" + item(v.m());
            case UNKNOWN_TO_SDK_VERSION -> "?" + v;
        };
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                out.append(c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%06x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String hex(SdkBytes bytes) {
        return HexFormat.of().formatHex(bytes.asByteArray());
    }
}
