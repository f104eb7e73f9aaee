package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.Map;

/** A condition or filter expression ready to test items. */
record ParsedCondition(Cond cond) implements Condition {

    @Override
    public boolean test(Map<String, Value> item) {
        return Evaluator.test(cond, item);
    }
}
