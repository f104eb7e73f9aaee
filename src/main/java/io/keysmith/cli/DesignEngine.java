package io.keysmith.cli;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.model.Model;

/** Asks the design engine for a design of a model, for commands that start from a model file. */
final class DesignEngine {

    private DesignEngine() {
    }

    static Design design(Model model, String style) {
        throw new ExportException("the design engine is not available in this build; pass a design with --design DESIGN.json");
    }
}
