package io.keysmith.imports;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Durations as people write them on a command line or in a comment: {@code 30s}, {@code 15m}, {@code 24h}, {@code 7d}. */
public final class Periods {

    private Periods() {
    }

    public static Optional<Duration> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int split = 0;
        while (split < t.length() && (Character.isDigit(t.charAt(split)) || t.charAt(split) == '.')) {
            split++;
        }
        if (split == 0) {
            return Optional.empty();
        }
        double amount;
        try {
            amount = Double.parseDouble(t.substring(0, split));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<Double> seconds = unitSeconds(t.substring(split).strip());
        if (seconds.isEmpty() || amount <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(amount * seconds.get() * 1000)));
    }

    /** Seconds in a unit: s, sec, second(s), m, min, minute(s), h, hour(s), d, day(s), w, week(s). */
    public static Optional<Double> unitSeconds(String unit) {
        return switch (unit) {
            case "s", "sec", "secs", "second", "seconds" -> Optional.of(1.0);
            case "m", "min", "mins", "minute", "minutes" -> Optional.of(60.0);
            case "h", "hr", "hour", "hours" -> Optional.of(3600.0);
            case "d", "day", "days" -> Optional.of(86_400.0);
            case "w", "week", "weeks" -> Optional.of(604_800.0);
            default -> Optional.empty();
        };
    }
}
