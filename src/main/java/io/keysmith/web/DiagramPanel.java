package io.keysmith.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The entity-relationship diagram, redrawn on every change. The SVG is shown through an image,
 * which browsers never let run scripts, so even a hostile entity name stays a picture.
 */
final class DiagramPanel extends Div {

    private final EditSession session;
    private int revision;
    private boolean drawnDark;

    DiagramPanel(EditSession session) {
        this.session = session;
        setId("diagram");
        addClassName("ks-diagram");
        WhenShown.recompute(this, session, this::render);
        ThemeToggle.onChange(this, this::render);
        // the theme may have changed while another tab was shown
        addAttachListener(e -> {
            if (drawnDark != ThemeToggle.isDark(e.getUI())) {
                render();
            }
        });
    }

    private void render() {
        removeAll();
        var model = session.result().model();
        if (model == null) {
            add(new Span("The diagram appears once the model can be read; see the problems above."));
            return;
        }
        drawnDark = getUI().map(ThemeToggle::isDark).orElse(false);
        String svg = ErDiagram.svg(model, drawnDark);
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        String name = "er-" + (++revision) + ".svg";
        Image image = new Image(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), name, "image/svg+xml", bytes.length)),
                "Entity-relationship diagram of " + JsonPaths.text(session.doc(), "name"));
        image.setId("diagram-image");
        add(image);
    }
}
