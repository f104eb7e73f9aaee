/**
 * The engine's rules, one per file, run in the order of {@link io.keysmith.design.rules.RuleCatalog}:
 * keys, indexes, the order inside shared partitions, plans, cost and limits. Each rule records a
 * step, also when it does not apply; helpers without a step (ranges, include requests, embedded
 * writes) sit beside the rule that uses them.
 */
package io.keysmith.design.rules;
