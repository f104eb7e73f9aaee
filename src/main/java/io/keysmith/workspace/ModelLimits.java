package io.keysmith.workspace;

import io.keysmith.model.Model;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The largest model this server holds: its file size, entities and access patterns. A model past
 * one of them is refused before it is stored, with a sentence naming the limit, the figure and the
 * setting that raises it ({@code keysmith.limits.*}).
 */
public record ModelLimits(long bytes, int entities, int accessPatterns) {

    /** Room for the measured 2,000-entity / 8,000-pattern model with a 1 GB heap, and some to spare. */
    public static final ModelLimits DEFAULT = new ModelLimits(16L * 1024 * 1024, 2_500, 10_000);

    public ModelLimits {
        if (bytes <= 0 || entities <= 0 || accessPatterns <= 0) {
            throw new IllegalArgumentException("keysmith.limits.* must be positive, got bytes=" + bytes
                    + ", entities=" + entities + ", access-patterns=" + accessPatterns);
        }
    }

    /** Why a file of {@code size} bytes is refused, checked before its text is read into a model. */
    public Optional<String> refusesSize(String fileName, long size) {
        if (size <= bytes) {
            return Optional.empty();
        }
        return Optional.of(named(fileName) + " is " + describeBytes(size) + "; this server holds models of at most "
                + describeBytes(bytes) + " (keysmith.limits.bytes).");
    }

    /** Why a model's text is refused: too many bytes, entities or access patterns; empty when it fits. */
    public Optional<String> refuses(String fileName, String text, Model model) {
        return refuses(fileName, text.getBytes(StandardCharsets.UTF_8).length,
                model == null ? 0 : model.entities().size(), model == null ? 0 : model.accessPatterns().size());
    }

    /** Why a model of this size is refused, with the figure and the limit it is past; empty when it fits. */
    public Optional<String> refuses(String fileName, long size, int entityCount, int accessPatternCount) {
        Optional<String> tooBig = refusesSize(fileName, size);
        if (tooBig.isPresent()) {
            return tooBig;
        }
        if (entityCount > entities) {
            return Optional.of(named(fileName) + " has " + count(entityCount) + " entities; this server holds "
                    + "models of at most " + count(entities) + " (keysmith.limits.entities).");
        }
        if (accessPatternCount > accessPatterns) {
            return Optional.of(named(fileName) + " has " + count(accessPatternCount) + " access patterns; this "
                    + "server holds models of at most " + count(accessPatterns) + " (keysmith.limits.access-patterns).");
        }
        return Optional.empty();
    }

    private static String named(String fileName) {
        return fileName == null || fileName.isBlank() ? "The model" : fileName;
    }

    /** A size as people read it, such as "16.0 MB". */
    public static String describeBytes(long size) {
        if (size < 1024) {
            return size + " bytes";
        }
        return size < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", size / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
