package io.keysmith.cli;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;

/** Where the apply command gets a design when none is given: the engine, in the model's or the asked style. */
final class Designs {

    private Designs() {
    }

    static Design forModel(Model model, String style) {
        if (style != null && !style.equals(DesignEngine.SINGLE_TABLE) && !style.equals(DesignEngine.MULTI_TABLE)) {
            throw new IllegalArgumentException("unknown style \"" + style + "\"; use single-table or multi-table");
        }
        return DesignEngine.design(model, style);
    }
}
