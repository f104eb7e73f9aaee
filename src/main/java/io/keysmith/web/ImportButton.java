package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.keysmith.workspace.ImportException;
import io.keysmith.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Upload of a model file (Keysmith JSON, a NoSQL Workbench export or SQL DDL) into the workspace. */
final class ImportButton extends Upload {

    ImportButton(Workspace workspace, Consumer<ModelImports.Imported> onImported) {
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    onImported.accept(ModelImports.importInto(workspace, metadata.fileName(), text));
                } catch (ImportException e) {
                    Notification refused = Notification.show(e.getMessage(), 10_000, Notification.Position.MIDDLE);
                    refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                clearFileList();
            }));
        }));
        setId("import");
        setAcceptedFileTypes("application/json", ".json", "application/sql", ".sql");
        setMaxFiles(1);
        setMaxFileSize(16 * 1024 * 1024);
        setDropAllowed(false);
        Button button = new Button("Import", VaadinIcon.UPLOAD.create());
        setUploadButton(button);
        addClassName("ks-import");
    }
}
