/**
 * Code export: an access-pattern module per language that runs the design's plans. The
 * language-neutral pieces are {@link io.keysmith.export.code.PlanFacts} (tables, entities and
 * every pattern's requests or program as plain data), {@link io.keysmith.export.code.PatternShape}
 * (a pattern's public face: kind, name words, typed parameters) and
 * {@link io.keysmith.export.code.DataLiteral} (plain data as a source literal); the Java and
 * Python modules ({@code JavaModule}, {@code PythonModule}) turn them into their templates' views,
 * and each template carries the small runtime that executes the plans.
 */
package io.keysmith.export.code;
