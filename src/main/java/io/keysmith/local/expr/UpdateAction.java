package io.keysmith.local.expr;

import io.keysmith.local.value.Value;

/** One action of an update expression, on one document path. */
sealed interface UpdateAction {

    Path path();

    record Set(Path path, Operand value) implements UpdateAction {}

    record Remove(Path path) implements UpdateAction {}

    /** {@code value} is a number or a set (checked when parsing). */
    record Add(Path path, Value value) implements UpdateAction {}

    /** {@code value} is a set (checked when parsing). */
    record Delete(Path path, Value value) implements UpdateAction {}
}
