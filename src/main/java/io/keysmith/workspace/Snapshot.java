package io.keysmith.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The text of a model file as read or saved, with its version: a hash of the text. */
public record Snapshot(String text, String version) {

    public static Snapshot of(String text) {
        return new Snapshot(text, versionOf(text));
    }

    /** A content hash rather than a modification time, which can repeat within one clock tick. */
    static String versionOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
