/**
 * Where models are stored: a folder of JSON files with atomic, version-checked saves, a trash
 * for undoable deletion, and the bundled sample models. Knows nothing of the web UI.
 */
package io.keysmith.workspace;
