package io.keysmith.export.code;

import io.keysmith.export.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Plain data ({@link PlanFacts}) written as a source literal: in Java as calls of the
 * generated runtime's {@code o(key, value, ...)} (an ordered map) and {@code l(...)} (a list),
 * in Python as dict and list displays. Every string goes through {@link SourceText}, so user
 * text cannot leave its literal. The layout depends on the shape only, never on the length of a
 * text: a map or list of scalars (or of lists of scalars) takes one line, one holding maps one line per entry.
 */
public enum DataLiteral {
    JAVA, PYTHON;

    /** The literal as lines, the first unindented and the others indented from {@code indent}. */
    public List<String> lines(Object value, String indent) {
        List<String> out = new ArrayList<>();
        out.add("");
        write(value, indent, out);
        return out;
    }

    /** The literal as one text, its lines after the first indented from {@code indent}. */
    public String text(Object value, String indent) {
        return String.join("\n", lines(value, indent));
    }

    private void write(Object value, String indent, List<String> out) {
        if (!(value instanceof Map<?, ?> || value instanceof Collection<?>) || flat(value)) {
            append(out, inline(value));
            return;
        }
        String inner = indent + "    ";
        if (value instanceof Map<?, ?> map) {
            append(out, this == JAVA ? "o(" : "{");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.add(inner + string(String.valueOf(e.getKey())) + (this == JAVA ? ", " : ": "));
                write(e.getValue(), inner, out);
                append(out, ++i < map.size() || this == PYTHON ? "," : "");
            }
            out.add(indent + (this == JAVA ? ")" : "}"));
        } else {
            Collection<?> list = (Collection<?>) value;
            append(out, this == JAVA ? "l(" : "[");
            int i = 0;
            for (Object v : list) {
                out.add(inner);
                write(v, inner, out);
                append(out, ++i < list.size() || this == PYTHON ? "," : "");
            }
            out.add(indent + (this == JAVA ? ")" : "]"));
        }
    }

    private static void append(List<String> out, String text) {
        out.set(out.size() - 1, out.get(out.size() - 1) + text);
    }

    /** Whether a map or list holds scalars, or lists of scalars, only (it then takes one line). */
    private static boolean flat(Object value) {
        Collection<?> values = value instanceof Map<?, ?> m ? m.values() : (Collection<?>) value;
        return values.stream().allMatch(v -> !(v instanceof Map<?, ?>)
                && (!(v instanceof Collection<?> c) || c.stream().noneMatch(x -> x instanceof Map<?, ?> || x instanceof Collection<?>)));
    }

    private String inline(Object value) {
        return switch (value) {
            case null -> this == JAVA ? "null" : "None";
            case String s -> string(s);
            case Boolean b -> this == JAVA ? b.toString() : (b ? "True" : "False");
            case Number n -> number(n);
            case Map<?, ?> m -> {
                List<String> entries = new ArrayList<>();
                m.forEach((k, v) -> entries.add(string(String.valueOf(k)) + (this == JAVA ? ", " : ": ") + inline(v)));
                yield this == JAVA ? "o(" + String.join(", ", entries) + ")" : "{" + String.join(", ", entries) + "}";
            }
            case Collection<?> c -> {
                List<String> entries = c.stream().map(this::inline).toList();
                if (this == JAVA && entries.size() == 1 && c.iterator().next() == null) {
                    entries = List.of("(Object) null");
                }
                yield this == JAVA ? "l(" + String.join(", ", entries) + ")" : "[" + String.join(", ", entries) + "]";
            }
            default -> string(String.valueOf(value));
        };
    }

    private String string(String s) {
        return this == JAVA ? SourceText.java(s) : SourceText.python(s);
    }

    /** Integers as they are; other numbers exactly, as BigDecimal or Decimal. */
    private String number(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        String plain = d.stripTrailingZeros().toPlainString();
        if (d.stripTrailingZeros().scale() <= 0) {
            if (this == PYTHON) {
                return plain;
            }
            if (d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return plain;
            }
            if (d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return plain + "L";
            }
        }
        return this == JAVA ? "new java.math.BigDecimal(\"" + plain + "\")" : "Decimal(\"" + plain + "\")";
    }
}
