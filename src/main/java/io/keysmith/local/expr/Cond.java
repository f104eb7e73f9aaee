package io.keysmith.local.expr;

import java.util.List;

/** A parsed condition (condition, filter or key condition expression). */
sealed interface Cond extends Node {

    record And(Cond left, Cond right) implements Cond {}

    record Or(Cond left, Cond right) implements Cond {}

    record Not(Cond operand) implements Cond {}

    /** {@code op} is one of = <> < <= > >=. */
    record Compare(String op, Operand left, Operand right) implements Cond {}

    record Between(Operand operand, Operand low, Operand high) implements Cond {}

    record In(Operand operand, List<Operand> candidates) implements Cond {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** attribute_exists, attribute_not_exists, attribute_type, begins_with or contains. */
    record Function(String name, List<Operand> args) implements Cond {
        public Function {
            args = List.copyOf(args);
        }
    }
}
