package io.keysmith.design;

import java.util.List;

/**
 * How a layout serves a need: how many sort key attributes the pattern fixes with {@code =},
 * whether it fixes the whole key (one item), and the where attributes left to a filter because
 * the key already identifies a single item.
 */
public record Match(Layout layout, int eqInSortKey, boolean fullKey, List<String> filterAttrs) {
}
