package io.keysmith.export.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses a key template from the sample values of one key attribute: values split at {@code #};
 * label-like tokens shared by all values stay literal, the others become placeholders, named
 * after an attribute holding the same value or after the label before them.
 */
final class KeyTemplateInference {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z_\\-]*");
    private static final Pattern UPPER_LABEL = Pattern.compile("[A-Z_\\-]*");

    private KeyTemplateInference() {
    }

    /**
     * @param values   the key's values in the entity's sample items
     * @param items    the attributes of the same items, as text, in the same order
     * @param keyName  the key attribute's name, for placeholders nothing else names
     * @param entities entity names, to name an id after the entity a label abbreviates
     */
    static String infer(List<String> values, List<Map<String, String>> items, String keyName, List<String> entities) {
        List<String[]> split = values.stream().map(v -> v.split("#", -1)).toList();
        int tokens = split.get(0).length;
        if (split.stream().anyMatch(s -> s.length != tokens)) {
            return "{" + attributeName(keyName) + "}";
        }
        StringBuilder template = new StringBuilder();
        Set<String> used = new HashSet<>();
        String previousLabel = null;
        for (int p = 0; p < tokens; p++) {
            final int at = p;
            List<String> column = split.stream().map(s -> s[at]).toList();
            boolean constant = column.stream().distinct().count() == 1;
            String token = column.get(0);
            boolean literal = constant && (values.size() > 1
                    ? LABEL.matcher(token).matches()
                    : (p < tokens - 1 && LABEL.matcher(token).matches()) || UPPER_LABEL.matcher(token).matches());
            if (p > 0) {
                template.append('#');
            }
            if (literal) {
                template.append(token);
                previousLabel = token.isEmpty() ? previousLabel : token;
                continue;
            }
            String name = matchingAttribute(column, items);
            if (name == null) {
                name = previousLabel != null ? idAfter(previousLabel, entities) : attributeName(keyName);
            }
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + n;
            }
            template.append('{').append(unique).append('}');
        }
        return template.toString();
    }

    private static String matchingAttribute(List<String> column, List<Map<String, String>> items) {
        if (items.isEmpty()) {
            return null;
        }
        for (String candidate : items.get(0).keySet()) {
            boolean all = true;
            for (int i = 0; i < column.size() && all; i++) {
                all = column.get(i).equals(items.get(i).get(candidate));
            }
            if (all && WorkbenchImporter.validAttributeName(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code c} before an id, with an entity named Customer, gives customerId; else label + Id. */
    private static String idAfter(String label, List<String> entities) {
        String lower = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String best = null;
        for (String entity : entities) {
            String name = entity.toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && name.equals(lower)) {
                return camel(entity) + "Id";
            }
            // An abbreviation names the shortest entity it starts (o: Order rather than OrderItem).
            if (!lower.isEmpty() && lower.length() <= 3 && name.startsWith(lower)
                    && (best == null || entity.length() < best.length())) {
                best = entity;
            }
        }
        if (best != null) {
            return camel(best) + "Id";
        }
        String base = camel(label);
        return base.isEmpty() ? "id" : base.toLowerCase(Locale.ROOT).endsWith("id") ? base : base + "Id";
    }

    static String attributeName(String keyName) {
        String camel = camel(keyName);
        return camel.isEmpty() ? "key" : camel;
    }

    /** camelCase of any text: {@code ORDER_ITEM} and {@code order-item} give orderItem. */
    static String camel(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            boolean allUpper = w.equals(w.toUpperCase(Locale.ROOT));
            String word = allUpper ? w.toLowerCase(Locale.ROOT) : w;
            out.append(out.isEmpty() ? Character.toLowerCase(word.charAt(0)) + word.substring(1)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
