package io.keysmith.web;

import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.DesignInterrupted;
import io.keysmith.model.Model;
import io.keysmith.model.TableStyle;
import java.util.List;

/**
 * Everything the design tabs show for one model (kept with it, for pattern names): the chosen style's design and its sample items,
 * and the other style's design for the cost comparison (null until computed: on a large model the
 * chosen design is shown first).
 */
record DesignComputation(Design single, Design multi, TableStyle style, List<RenderedItem> items, Model model) {

    static final int SAMPLE_INSTANCES = 40;

    /** Both styles at once. */
    static DesignComputation of(Model model, TableStyle style) {
        return chosen(model, style).withOther(model);
    }

    /** The chosen style's design and sample items only. */
    static DesignComputation chosen(Model model, TableStyle style) {
        TableStyle chosen = style == null ? TableStyle.SINGLE_TABLE : style;
        Design design = WebDesigns.of(model, chosen);
        DesignInterrupted.check("the sample items"); // a newer edit may have made this design stale
        List<RenderedItem> items = new ItemRenderer(design)
                .renderAll(new InstanceGenerator(model).generate(SAMPLE_INSTANCES, 1L));
        boolean multi = chosen == TableStyle.MULTI_TABLE;
        return new DesignComputation(multi ? null : design, multi ? design : null, chosen, items, model);
    }

    /** This computation with the other style's design added, for the cost comparison. */
    DesignComputation withOther(Model model) {
        if (single != null && multi != null) {
            return this;
        }
        return single == null
                ? new DesignComputation(WebDesigns.of(model, TableStyle.SINGLE_TABLE), multi, style, items, model)
                : new DesignComputation(single, WebDesigns.of(model, TableStyle.MULTI_TABLE), style, items, model);
    }

    /** This computation with the other style's design, computed apart (beside the chosen one), added. */
    DesignComputation withOther(Design other) {
        return style == TableStyle.MULTI_TABLE
                ? new DesignComputation(other, multi, style, items, model)
                : new DesignComputation(single, other, style, items, model);
    }

    /** The style whose design is only compared: the one not chosen. */
    static TableStyle other(TableStyle chosen) {
        return chosen == TableStyle.MULTI_TABLE ? TableStyle.SINGLE_TABLE : TableStyle.MULTI_TABLE;
    }

    /** The access patterns' names as the user wrote them, by id (a pattern without a name is left out). */
    java.util.Map<String, String> patternNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        model.accessPatterns().stream().filter(p -> p.id() != null && p.name() != null && !p.name().isBlank())
                .forEach(p -> names.putIfAbsent(p.id(), p.name()));
        return names;
    }

    Design chosen() {
        return style == TableStyle.MULTI_TABLE ? multi : single;
    }
}
