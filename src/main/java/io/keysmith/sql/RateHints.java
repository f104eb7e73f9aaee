package io.keysmith.sql;

import io.keysmith.imports.Periods;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rate a comment gives a statement: {@code -- rate: 120/s}, {@code -- rate: 30 per minute}, {@code -- rate: 2/h}. */
final class RateHints {

    private static final Pattern RATE = Pattern.compile(
            "rate\\s*[:=]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:(?:/|per)\\s*([a-z]+))?", Pattern.CASE_INSENSITIVE);

    private RateHints() {
    }

    /** Requests per second, from the last comment that states a rate; empty when none does (or its unit is unknown). */
    static Optional<Double> of(List<String> comments) {
        Optional<Double> rate = Optional.empty();
        for (String comment : comments) {
            Matcher m = RATE.matcher(comment);
            if (m.find()) {
                double amount = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
                Optional<Double> seconds = Periods.unitSeconds(unit);
                if (seconds.isPresent() && amount > 0) {
                    rate = Optional.of(amount / seconds.get());
                }
            }
        }
        return rate;
    }

    /** Whether a comment tries to state a rate (to warn when it cannot be read). */
    static boolean mentionsRate(List<String> comments) {
        return comments.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("rate"));
    }
}
