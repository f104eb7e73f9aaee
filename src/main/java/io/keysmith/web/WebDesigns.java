package io.keysmith.web;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.TableStyle;
import java.util.function.BiFunction;

/**
 * The one way the web panels design a model (null style: the model's own). A test puts a failing
 * engine here to see every panel explain a failure, because no valid model makes the engine fail.
 */
final class WebDesigns {

    static volatile BiFunction<Model, TableStyle, Design> engine = DesignEngine::design;

    private WebDesigns() {
    }

    static Design of(Model model, TableStyle style) {
        return engine.apply(model, style);
    }
}
