package io.keysmith.design;

import io.keysmith.design.rules.RuleCatalog;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Model;
import io.keysmith.model.TableStyle;
import java.util.List;

/**
 * The design engine: turns a valid model into a design by running the rules of
 * {@link RuleCatalog} in order. Pure Java and deterministic: the same model gives the same bytes.
 */
public final class DesignEngine {

    private DesignEngine() {
    }

    /** Designs in the model's own style (settings.style), single-table when it names none. */
    public static Design design(Model model) {
        return design(model, null);
    }

    public static Design design(Model model, TableStyle style) {
        // A many-to-many without "through" is served by its implied edge entity (decided in model/).
        DesignState state = new DesignState(EdgeEntities.implied(model), chosenStyle(model, style));
        RuleCatalog.run(state);
        return DesignAssembler.assemble(state);
    }

    /**
     * The same rules as {@link #design(Model, TableStyle)}, one at a time, each with the table as it
     * stands after it: for the Learn walkthrough. The design itself is unaffected.
     */
    public static List<Walkthrough.Stage> walkthrough(Model model, TableStyle style) {
        return Walkthrough.of(EdgeEntities.implied(model), chosenStyle(model, style));
    }

    private static TableStyle chosenStyle(Model model, TableStyle style) {
        return style != null ? style : model.settingsOrDefault().styleOrDefault();
    }
}
