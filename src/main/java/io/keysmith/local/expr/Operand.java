package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.List;

/** An operand of an expression: a document path, an expression attribute value, a function call or SET arithmetic. */
sealed interface Operand extends Node {

    record PathRef(Path path) implements Operand {}

    /** {@code value} is null only for an undefined {@code :name}, which fails the parse before evaluation. */
    record Literal(Value value) implements Operand {}

    record Call(String name, List<Operand> args) implements Operand {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code op} is "+" or "-" (update expressions only). */
    record Arith(String op, Operand left, Operand right) implements Operand {}
}
