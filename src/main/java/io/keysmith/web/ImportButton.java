package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.keysmith.workspace.ImportException;
import io.keysmith.workspace.ModelLimits;
import io.keysmith.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Upload of a model file (Keysmith JSON, a NoSQL Workbench export or SQL DDL) into the workspace. */
final class ImportButton extends Upload {

    private static final Logger log = LoggerFactory.getLogger(ImportButton.class);

    ImportButton(Workspace workspace, Consumer<ModelImports.Imported> onImported) {
        ModelLimits limits = workspace.limits();
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    // the browser checks the size too, but a request can come without it
                    limits.refusesSize(metadata.fileName(), bytes.length).ifPresent(reason -> {
                        throw new ImportException(reason);
                    });
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    onImported.accept(ModelImports.importInto(workspace, metadata.fileName(), text));
                } catch (ImportException e) {
                    refused(e.getMessage());
                }
                clearFileList();
            }));
        }));
        setId("import");
        setAcceptedFileTypes("application/json", ".json", "application/sql", ".sql");
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.bytes()));
        // the browser refuses a file past the limit before sending it; without this the user would see nothing
        addFileRejectedListener(e -> refused(e.getFileName() + " was not imported: it is larger than "
                + ModelLimits.describeBytes(limits.bytes()) + ", the most this server holds (keysmith.limits.bytes)."));
        // whatever else stops an upload on its way (the connection, a server limit) is said too, never only in the hidden file list
        getElement().addEventListener("upload-error", e -> {
            String file = e.getEventData().get("event.detail.file.name").asString();
            String why = e.getEventData().get("event.detail.file.error").asString();
            refused(file + " was not imported: the upload failed" + (why == null || why.isBlank() ? "" : " (" + why + ")")
                    + ". Nothing was added; try again, or check the file's size.");
        }).addEventData("event.detail.file.name").addEventData("event.detail.file.error");
        setDropAllowed(false);
        Button button = new Button("Import", VaadinIcon.UPLOAD.create());
        setUploadButton(button);
        addClassName("ks-import");
    }

    private static void refused(String message) {
        log.info("Import refused: {}", message);
        Notification refused = Notification.show(message, 10_000, Notification.Position.MIDDLE);
        refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
        refused.getElement().setAttribute("data-kind", "import-refused");
    }
}
