package io.keysmith.local.ops;

/** Which attributes a Query or Scan returns. */
enum Select {
    ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT
}
