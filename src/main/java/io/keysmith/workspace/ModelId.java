package io.keysmith.workspace;

import java.text.Normalizer;
import java.util.Locale;

/** Model ids: the file name without {@code .json}, made of letters, digits, '.', '_' and '-'. */
final class ModelId {

    private static final int MAX_LENGTH = 60;

    private ModelId() {
    }

    static boolean isValid(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && !id.contains("..") && id.length() <= 200;
    }

    static String fileName(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("\"" + id + "\" is not a valid model file name (letters, digits, '.', '_', '-')");
        }
        return id + ".json";
    }

    /** A file-name-safe id for a display name: "Online Shop!" becomes "online-shop". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "model" : slug;
    }
}
