package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every exporter with a preview of each file, copy to clipboard, and download of one file or a zip. */
final class ExportPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ExportPanel.class);

    private final EditSession session;
    private final Select<Format> format = new Select<>();
    private final Select<String> file = new Select<>();
    private final Pre preview = new Pre();
    /** Why the export failed, wrapped as a sentence rather than cut off in the preview's code box. */
    private final Span error = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private List<ExportedFile> files = List.of();

    ExportPanel(EditSession session) {
        this.session = session;
        setId("export");
        setPadding(false);
        format.setLabel("Export");
        format.setId("export-format");
        format.setItems(Arrays.asList(Format.values()));
        format.setItemLabelGenerator(Format::title);
        format.setValue(Format.CLOUDFORMATION);
        format.setWidth("32rem");
        format.setMaxWidth("100%");
        format.addValueChangeListener(e -> recompute());
        file.setLabel("File");
        file.setId("export-file");
        file.setWidth("20rem");
        file.addValueChangeListener(e -> showFile());
        error.setId("export-error");
        error.addClassName("ks-panel-error");
        error.setVisible(false);
        preview.setId("export-preview");
        preview.addClassName("ks-preview");
        HorizontalLayout choose = new HorizontalLayout(format, file, actions);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        // a narrow window puts the file and the buttons under the format rather than past the edge
        choose.setWrap(true);
        choose.setWidthFull();
        add(choose, error, preview);
        WhenShown.recompute(this, session, this::recompute);
    }

    private void recompute() {
        var model = session.result().model();
        files = List.of();
        error.setVisible(false);
        preview.setVisible(true);
        if (model != null && session.result().ok()) {
            try {
                var design = WebDesigns.of(model, null);
                files = Exporters.export(model, design, format.getValue(), ExportOptions.DEFAULT);
            } catch (RuntimeException e) {
                log.warn("The {} export of {} failed", format.getValue().id(), session.id(), e);
                error.setText(PanelFailure.sentence("Keysmith could not make the " + format.getValue().title()
                        + " export of this model", e));
                error.setVisible(true);
                preview.setVisible(false);
            }
        } else {
            preview.setText("Exports appear once the model has no errors.");
        }
        List<String> paths = files.stream().map(ExportedFile::path).toList();
        file.setItems(paths);
        file.setValue(paths.isEmpty() ? null : paths.getFirst());
        showFile();
        actions.removeAll();
        if (!files.isEmpty()) {
            Button copy = new Button("Copy", VaadinIcon.COPY_O.create(), e -> {
                // the text travels as an argument, never as part of the script
                preview.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", preview.getText());
                Notification.show("Copied " + file.getValue());
            });
            copy.setId("export-copy");
            Anchor single = Downloads.link("Download file", () -> baseName(file.getValue()), "text/plain",
                    () -> current().getBytes(StandardCharsets.UTF_8));
            single.setId("export-download");
            List<ExportedFile> zipped = files;
            Anchor zip = Downloads.link("Download zip", session.id() + "-" + format.getValue().id() + ".zip",
                    "application/zip", () -> zip(zipped));
            zip.setId("export-zip");
            actions.add(copy, single, zip);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
    }

    private void showFile() {
        if (!files.isEmpty()) {
            preview.setText(current());
        }
    }

    private String current() {
        return files.stream().filter(f -> f.path().equals(file.getValue())).map(ExportedFile::content).findFirst()
                .orElse(files.isEmpty() ? "" : files.getFirst().content());
    }

    private static String baseName(String path) {
        return path == null ? "export.txt" : path.substring(path.lastIndexOf('/') + 1);
    }

    static byte[] zip(List<ExportedFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ExportedFile f : files) {
                zip.putNextEntry(new ZipEntry(f.path()));
                zip.write(f.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
