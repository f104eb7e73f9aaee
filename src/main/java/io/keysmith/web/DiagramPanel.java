package io.keysmith.web;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.charset.StandardCharsets;

/**
 * The entity-relationship diagram, redrawn on every change: zoom with the buttons or the mouse
 * wheel, drag to move, click an entity to edit it, download the picture as SVG. The SVG is drawn
 * by {@link ErDiagram}, which escapes every name, so a hostile name stays text.
 */
final class DiagramPanel extends Div {

    /** Zoom and pan by changing the SVG's viewBox; a click that did not drag opens the entity under it. */
    private static final String VIEWER = """
            const panel = this, view = panel.querySelector('.ks-diagram-view');
            const svg = () => view.querySelector('svg');
            if (!panel.__ks) {
              // mode: 'start' (readable, top of the diagram), 'fit' (all of it) or 'user' (zoomed or moved by hand)
              const state = panel.__ks = {mode: 'start', box: null};
              const set = (b) => { state.box = b; svg() && svg().setAttribute('viewBox', b.map(v => Math.round(v * 10) / 10).join(' ')); };
              const whole = () => ({w: +svg().dataset.width, h: +svg().dataset.height});
              state.show = (mode) => {
                if (!svg()) return;
                const {w, h} = whole(), cw = view.clientWidth || w, ch = view.clientHeight || h;
                const all = Math.min(cw / w, ch / h, 1); // the whole diagram, never larger than life
                // at the start, text stays readable: a large diagram opens at its top, the rest a drag away
                const s = mode === 'fit' ? all : Math.max(all, Math.min(cw / w, 0.8));
                set([(w - cw / s) / 2, h * s < ch ? (h - ch / s) / 2 : 0, cw / s, ch / s]);
                state.mode = mode;
              };
              state.fit = () => state.show('fit');
              state.zoom = (f, px, py) => {
                if (!svg() || !state.box) return;
                const b = state.box, r = view.getBoundingClientRect(), {w} = whole();
                const nw = Math.min(Math.max(b[2] / f, w / 20, 40), Math.max(w, view.clientWidth) * 4);
                const g = b[2] / nw;
                const fx = px === undefined ? 0.5 : (px - r.left) / r.width, fy = py === undefined ? 0.5 : (py - r.top) / r.height;
                set([b[0] + (b[2] - b[2] / g) * fx, b[1] + (b[3] - b[3] / g) * fy, b[2] / g, b[3] / g]);
                state.mode = 'user';
              };
              state.draw = () => {
                const s = svg();
                if (!s) return;
                s.id = 'diagram-image';
                if (!s.dataset.width) { // drawn once per new picture: the second time its size is already the window's
                  s.dataset.width = s.getAttribute('width');
                  s.dataset.height = s.getAttribute('height');
                }
                s.setAttribute('width', '100%');
                s.setAttribute('height', '100%');
                view.style.background = s.querySelector('rect').getAttribute('fill'); // the paper beyond the picture's edge
                if (state.mode === 'user' && state.box) set(state.box); else state.show(state.mode);
              };
              view.addEventListener('wheel', e => { e.preventDefault(); state.zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, e.clientX, e.clientY); }, {passive: false});
              let drag = null;
              view.addEventListener('pointerdown', e => {
                if (e.button !== 0 || !state.box) return;
                drag = {x: e.clientX, y: e.clientY, box: state.box.slice(), moved: false, entity: e.target.closest('g.entity')};
                view.setPointerCapture(e.pointerId);
              });
              view.addEventListener('pointermove', e => {
                if (!drag) return;
                const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
                if (!drag.moved && Math.hypot(dx, dy) < 4) return;
                drag.moved = true;
                view.classList.add('ks-dragging');
                const s = drag.box[2] / view.clientWidth;
                set([drag.box[0] - dx * s, drag.box[1] - dy * s, drag.box[2], drag.box[3]]);
                state.mode = 'user';
              });
              const end = () => {
                if (drag && !drag.moved && drag.entity) panel.$server.openEntity(+drag.entity.dataset.index);
                drag = null;
                view.classList.remove('ks-dragging');
              };
              view.addEventListener('pointerup', end);
              view.addEventListener('pointercancel', () => { drag = null; view.classList.remove('ks-dragging'); });
              view.addEventListener('keydown', e => {
                const g = e.target.closest && e.target.closest('g.entity');
                if (g && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); panel.$server.openEntity(+g.dataset.index); }
              });
              panel.querySelector('#diagram-zoom-in').addEventListener('click', () => state.zoom(1.25));
              panel.querySelector('#diagram-zoom-out').addEventListener('click', () => state.zoom(1 / 1.25));
              panel.querySelector('#diagram-fit').addEventListener('click', () => state.fit());
              new ResizeObserver(() => { if (state.mode !== 'user') state.show(state.mode); }).observe(view);
            }
            view.querySelectorAll('g.entity').forEach(g => { g.setAttribute('tabindex', '0'); g.setAttribute('role', 'button'); });
            panel.__ks.draw();
            """;

    private final EditSession session;
    private final Div view = new Div();
    private final Span message = new Span();
    private String svg = "";
    private boolean drawnDark;
    private int revision;

    DiagramPanel(EditSession session) {
        this.session = session;
        setId("diagram");
        addClassName("ks-diagram");
        view.setId("diagram-view");
        view.addClassName("ks-diagram-view");
        message.setId("diagram-message");
        add(toolbar(), message, view);
        WhenShown.recompute(this, session, this::render);
        ThemeToggle.onChange(this, this::render);
        // the theme may have changed while another tab was shown
        addAttachListener(e -> {
            if (drawnDark != ThemeToggle.isDark(e.getUI())) {
                render();
            } else {
                getElement().executeJs(VIEWER); // a shown tab is a new element in the browser: its handlers go again
            }
        });
    }

    private HorizontalLayout toolbar() {
        Button in = tool("diagram-zoom-in", "+", "Zoom in");
        Button out = tool("diagram-zoom-out", "−", "Zoom out");
        Button fit = tool("diagram-fit", "Fit", "Show the whole diagram");
        Anchor download = Downloads.link("Download SVG", this::fileName, "image/svg+xml",
                () -> svg.getBytes(StandardCharsets.UTF_8));
        download.setId("diagram-download");
        Span hint = new Span("Wheel to zoom, drag to move, click an entity to edit it.");
        hint.addClassName("ks-muted");
        HorizontalLayout bar = new HorizontalLayout(in, out, fit, download, hint);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("ks-diagram-tools");
        return bar;
    }

    private static Button tool(String id, String text, String label) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }

    /** The model's file name with {@code .svg}: the same stem as its "Download" of the JSON. */
    private String fileName() {
        return session.id() + ".svg";
    }

    /** The diagram's link to the editor: the entity at this position of the model opens in the Entities tab. */
    @ClientCallable
    void openEntity(int index) {
        var model = session.result().model();
        if (model == null || index < 0 || index >= model.entities().size()) {
            return; // the diagram on screen is older than the model: the next drawing brings them together
        }
        String name = model.entities().get(index).name();
        var entities = JsonPaths.array(session.doc(), "entities");
        for (int i = 0; i < entities.size(); i++) {
            if (name.equals(JsonPaths.text(session.doc(), "entities[" + i + "].name"))) {
                session.reveal("entities[" + i + "]");
                return;
            }
        }
    }

    private void render() {
        var model = session.result().model();
        if (model == null) {
            svg = "";
            message.setText("The diagram appears once the model can be read; see the problems above.");
            message.setVisible(true);
            view.setVisible(false);
            return;
        }
        message.setVisible(false);
        view.setVisible(true);
        drawnDark = getUI().map(ThemeToggle::isDark).orElse(false);
        svg = ErDiagram.svg(model, drawnDark);
        view.getElement().setProperty("innerHTML", svg);
        view.getElement().setAttribute("data-version", String.valueOf(++revision)); // for tests: a new drawing is on screen
        getElement().executeJs(VIEWER);
    }
}
