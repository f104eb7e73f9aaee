package io.keysmith.web;

import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import java.util.List;

/** Everything the design tabs show for one model: both styles' designs and sample items of the chosen one. */
record DesignComputation(Design single, Design multi, String style, List<RenderedItem> items) {

    static final int SAMPLE_INSTANCES = 40;

    static DesignComputation of(Model model, String style) {
        Design single = DesignEngine.design(model, DesignEngine.SINGLE_TABLE);
        Design multi = DesignEngine.design(model, DesignEngine.MULTI_TABLE);
        Design chosen = DesignEngine.MULTI_TABLE.equals(style) ? multi : single;
        List<RenderedItem> items = new ItemRenderer(chosen)
                .renderAll(new InstanceGenerator(model).generate(SAMPLE_INSTANCES, 1L));
        return new DesignComputation(single, multi, DesignEngine.MULTI_TABLE.equals(style)
                ? DesignEngine.MULTI_TABLE : DesignEngine.SINGLE_TABLE, items);
    }

    Design chosen() {
        return style.equals(DesignEngine.MULTI_TABLE) ? multi : single;
    }
}
