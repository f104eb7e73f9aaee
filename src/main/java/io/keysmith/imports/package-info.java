/**
 * Importing models from other tools' files: the {@link io.keysmith.imports.ModelImporter}
 * interface, the catalog that picks one by file name and content ({@link
 * io.keysmith.imports.ModelImporters}), and what an import returns. The formats themselves live
 * elsewhere ({@code export/workbench}, {@code sql}); the CLI's {@code import} and the web app's
 * Import both come through here. Keysmith's own JSON is no import: it is read as it is.
 */
package io.keysmith.imports;
