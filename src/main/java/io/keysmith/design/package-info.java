/**
 * The design engine: the design document records ({@code keysmith-design/1}), key templates,
 * the working state the rules share (layouts per key slot, item collections, embeddings) and
 * the assembler that turns it into a design. Plain Java: no Spring, Vaadin or AWS SDK.
 */
package io.keysmith.design;
