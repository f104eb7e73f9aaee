package io.keysmith.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key template of the design format: literal text with {@code {attribute}} placeholders, and
 * {@code {attribute:0N}} for a number zero-padded to N digits so that it sorts inside a string.
 */
public record KeyTemplate(String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::(0\\d+))?}");

    /** A piece of a template: literal text, or a placeholder naming an attribute. */
    public sealed interface Part permits Literal, Placeholder {
    }

    public record Literal(String text) implements Part {
    }

    /** {@code pad} is 0 for none, N for {@code {attribute:0N}}. */
    public record Placeholder(String attribute, int pad) implements Part {
        public String render(Object value) {
            return pad == 0 ? KeyTemplate.text(value) : padded(value, pad);
        }
    }

    public static KeyTemplate of(String text) {
        return new KeyTemplate(text);
    }

    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            int pad = m.group(2) == null ? 0 : Integer.parseInt(m.group(2).substring(1));
            parts.add(new Placeholder(m.group(1), pad));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Literal(text.substring(last)));
        }
        return parts;
    }

    /** The attributes the template names, in order. */
    public List<String> attributes() {
        return parts().stream().filter(p -> p instanceof Placeholder)
                .map(p -> ((Placeholder) p).attribute()).toList();
    }

    /** The literal text before the first placeholder, e.g. {@code ORDER#} of {@code ORDER#{orderId}}. */
    public String literalPrefix() {
        List<Part> parts = parts();
        return !parts.isEmpty() && parts.get(0) instanceof Literal l ? l.text() : "";
    }

    /** Whether the template is exactly one unpadded placeholder, keeping the value's own type. */
    public boolean isBareAttribute() {
        List<Part> parts = parts();
        return parts.size() == 1 && parts.get(0) instanceof Placeholder p && p.pad() == 0;
    }

    /** The rendered text, or empty when an attribute the template names has no value. */
    public Optional<String> render(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts()) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Placeholder p -> {
                    Object value = values.get(p.attribute());
                    if (value == null) {
                        return Optional.empty();
                    }
                    out.append(p.render(value));
                }
            }
        }
        return Optional.of(out.toString());
    }

    /** The template with placeholders of the given attributes filled and all others kept. */
    public KeyTemplate fill(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts()) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Placeholder p -> {
                    Object value = values.get(p.attribute());
                    out.append(value == null ? "{" + p.attribute() + (p.pad() == 0 ? "" : ":0" + p.pad()) + "}"
                            : p.render(value));
                }
            }
        }
        return new KeyTemplate(out.toString());
    }

    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    /** Zero-pads the integer part of a number: 42 with N=5 gives 00042, 12.5 gives 00012.5. */
    static String padded(Object value, int width) {
        if (!(value instanceof Number)) {
            return text(value);
        }
        String plain = text(value);
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        return sign + "0".repeat(Math.max(0, width - integer.length())) + integer + fraction;
    }

    @Override
    public String toString() {
        return text;
    }
}
