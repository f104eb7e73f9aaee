package io.keysmith.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Download links for text made on demand (a model file, an export). */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String label, String fileName, String contentType, Supplier<byte[]> content) {
        return link(label, () -> fileName, contentType, content);
    }

    /** A link whose file name is decided when it is clicked (the export file chosen at that moment). */
    static Anchor link(String label, Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        return new Anchor(handler(fileName, contentType, content), AttachmentType.DOWNLOAD, label);
    }

    static DownloadHandler handler(String fileName, String contentType, Supplier<byte[]> content) {
        return handler(() -> fileName, contentType, content);
    }

    private static DownloadHandler handler(Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), contentType, bytes.length);
        });
    }

    static Anchor text(String label, String fileName, Supplier<String> text) {
        return link(label, fileName, "application/json", () -> text.get().getBytes(StandardCharsets.UTF_8));
    }
}
