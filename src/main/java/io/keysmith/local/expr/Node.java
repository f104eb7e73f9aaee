package io.keysmith.local.expr;

/** What the condition parser reads before it knows whether it holds a condition or an operand, as in {@code (a)}. */
sealed interface Node permits Cond, Operand {}
