/**
 * The model file ({@code keysmith-model/1}) as immutable records, its JSON mapping and its
 * validation. Plain Java: no Spring, Vaadin or AWS SDK; nothing about keys or tables.
 */
package io.keysmith.model;
