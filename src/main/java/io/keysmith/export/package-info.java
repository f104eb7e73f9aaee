/**
 * Exporters: turn a design (and its model) into files a team commits or deploys, through
 * Mustache templates in {@code templates/}. {@link io.keysmith.export.Exporters} is the entry
 * point; it returns files and never writes them. Escaping for each target format lives here, in
 * one class per format; the per-target packages build flat views and pick templates.
 */
package io.keysmith.export;
