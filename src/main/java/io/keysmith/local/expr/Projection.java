package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.Map;
import java.util.Set;

/** A parsed ProjectionExpression. */
public interface Projection {

    /** The projected part of an item (nested paths keep their structure; missing paths are left out). */
    Map<String, Value> apply(Map<String, Value> item);

    /** The top-level attribute names the projection reads (to check a Query on an index can serve them). */
    Set<String> topLevelAttributes();
}
