package io.keysmith.local.table;

import io.keysmith.local.value.Value;

/** The types a key attribute may have (an AttributeDefinition's AttributeType). */
public enum ScalarType {
    S, N, B;

    /** Whether {@code value} is of this type. */
    public boolean matches(Value value) {
        return value.type().equals(name());
    }
}
