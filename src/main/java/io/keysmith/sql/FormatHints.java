package io.keysmith.sql;

import io.keysmith.model.AttributeType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sample-data format a column's name suggests ({@code email}, {@code first_name}, {@code unit_price}), for realistic seed data. */
final class FormatHints {

    private static final Map<String, String> STRING_WORDS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("phone", "phone"), Map.entry("url", "url"),
            Map.entry("website", "url"), Map.entry("username", "username"), Map.entry("login", "username"),
            Map.entry("firstname", "firstName"), Map.entry("givenname", "firstName"), Map.entry("lastname", "lastName"),
            Map.entry("surname", "lastName"), Map.entry("familyname", "lastName"), Map.entry("fullname", "fullName"),
            Map.entry("displayname", "fullName"), Map.entry("city", "city"), Map.entry("country", "country"),
            Map.entry("company", "company"), Map.entry("companyname", "company"), Map.entry("title", "sentence"),
            Map.entry("description", "paragraph"), Map.entry("body", "paragraph"), Map.entry("bio", "paragraph"));
    private static final List<String> PRICE_WORDS = List.of("price", "amount", "total", "cost", "subtotal", "balance");
    private static final List<String> QUANTITY_WORDS = List.of("quantity", "qty", "stock");

    private FormatHints() {
    }

    static String forColumn(String attribute, AttributeType type) {
        List<String> words = Names.words(attribute).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return null;
        }
        String last = words.getLast();
        if (type == AttributeType.STRING) {
            String joined = String.join("", words);
            String hint = STRING_WORDS.get(joined);
            return hint != null ? hint : STRING_WORDS.get(last); // billing_email is an email too
        }
        if (type == AttributeType.NUMBER) {
            if (PRICE_WORDS.contains(last) || words.contains("price")) {
                return "price";
            }
            if (QUANTITY_WORDS.contains(last)) {
                return "quantity";
            }
        }
        return null;
    }
}
