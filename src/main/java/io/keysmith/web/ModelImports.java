package io.keysmith.web;

import io.keysmith.workspace.Workspace;

/** Turns an uploaded file into a workspace model, whatever format it is in. */
final class ModelImports {

    private ModelImports() {
    }

    static String importInto(Workspace workspace, String fileName, String text) {
        return workspace.importModel(fileName, text);
    }
}
