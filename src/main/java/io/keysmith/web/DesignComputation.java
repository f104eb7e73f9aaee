package io.keysmith.web;

import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.DesignInterrupted;
import io.keysmith.model.Model;
import io.keysmith.model.TableStyle;
import java.util.List;

/**
 * Everything the design tabs show for one model: the chosen style's design and its sample items,
 * and the other style's design for the cost comparison (null until computed: on a large model the
 * chosen design is shown first).
 */
record DesignComputation(Design single, Design multi, TableStyle style, List<RenderedItem> items) {

    static final int SAMPLE_INSTANCES = 40;

    /** Both styles at once. */
    static DesignComputation of(Model model, TableStyle style) {
        return chosen(model, style).withOther(model);
    }

    /** The chosen style's design and sample items only. */
    static DesignComputation chosen(Model model, TableStyle style) {
        TableStyle chosen = style == null ? TableStyle.SINGLE_TABLE : style;
        Design design = DesignEngine.design(model, chosen);
        DesignInterrupted.check("the sample items"); // a newer edit may have made this design stale
        List<RenderedItem> items = new ItemRenderer(design)
                .renderAll(new InstanceGenerator(model).generate(SAMPLE_INSTANCES, 1L));
        boolean multi = chosen == TableStyle.MULTI_TABLE;
        return new DesignComputation(multi ? null : design, multi ? design : null, chosen, items);
    }

    /** This computation with the other style's design added, for the cost comparison. */
    DesignComputation withOther(Model model) {
        if (single != null && multi != null) {
            return this;
        }
        return single == null
                ? new DesignComputation(DesignEngine.design(model, TableStyle.SINGLE_TABLE), multi, style, items)
                : new DesignComputation(single, DesignEngine.design(model, TableStyle.MULTI_TABLE), style, items);
    }

    Design chosen() {
        return style == TableStyle.MULTI_TABLE ? multi : single;
    }
}
