package io.keysmith.export;

/** One generated file: a relative path (forward slashes) and its text. */
public record ExportedFile(String path, String content) {
}
