/**
 * Plans as programs: the exact requests a write pattern makes, in order, complete enough for the
 * live check to execute and the code exporter to render without guessing.
 */
package io.keysmith.design.program;
