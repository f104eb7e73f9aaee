package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.program.Operation;
import io.keysmith.design.program.ProgramRequest;
import java.util.List;
import java.util.function.UnaryOperator;

/** Deliberate bugs put into a design's programs, to prove that the write sequence finds them. */
final class ProgramEdits {

    private ProgramEdits() {
    }

    static Design onPattern(Design design, String id, UnaryOperator<List<ProgramRequest>> edit) {
        List<PatternPlan> plans = design.accessPatterns().stream()
                .map(p -> p.id().equals(id) ? p.withProgram(edit.apply(p.program())) : p).toList();
        return new Design(design.format(), design.model(), design.style(), design.tables(), plans, design.denormalizations(),
                design.warnings(), design.steps(), design.cost());
    }

    /** Every update action and put attribute on the attribute dropped, wherever it is. */
    static UnaryOperator<List<ProgramRequest>> withoutAction(String attribute) {
        return program -> program.stream().map(r -> without(r, attribute)).toList();
    }

    private static ProgramRequest without(ProgramRequest r, String attribute) {
        return new ProgramRequest(r.operation(), r.table(), r.index(), r.key(), r.keyFrom(), r.keyCondition(), r.filter(),
                r.consistentRead(), r.into(), r.required(),
                r.item() == null ? null : r.item().stream().filter(v -> !attribute.equals(v.attribute())).toList(),
                r.update() == null ? null : r.update().stream().filter(a -> !attribute.equals(a.attribute())).toList(),
                r.condition(), r.ifChanged(), r.ifUnchanged(),
                r.parts() == null ? null : r.parts().stream().map(x -> without(x, attribute)).toList(), r.purpose());
    }

    /** Every transaction part of the operation dropped. */
    static UnaryOperator<List<ProgramRequest>> withoutPart(Operation operation) {
        return program -> program.stream().map(r -> r.parts() == null ? r : new ProgramRequest(r.operation(), r.table(), r.index(),
                r.key(), r.keyFrom(), r.keyCondition(), r.filter(), r.consistentRead(), r.into(), r.required(), r.item(), r.update(),
                r.condition(), r.ifChanged(), r.ifUnchanged(), r.parts().stream().filter(x -> x.operation() != operation).toList(),
                r.purpose())).toList();
    }

    /** Every transaction part whose partition key template starts with the prefix dropped (one marker's write). */
    static UnaryOperator<List<ProgramRequest>> withoutPartKeyed(String prefix) {
        return program -> program.stream().map(r -> r.parts() == null ? r : new ProgramRequest(r.operation(), r.table(), r.index(),
                r.key(), r.keyFrom(), r.keyCondition(), r.filter(), r.consistentRead(), r.into(), r.required(), r.item(), r.update(),
                r.condition(), r.ifChanged(), r.ifUnchanged(), r.parts().stream()
                        .filter(x -> x.key() == null || !x.key().values().iterator().next().startsWith(prefix)).toList(),
                r.purpose())).toList();
    }

    /** Every step run for each item of a collected list dropped (a delete that leaves its many-to-many edges). */
    static UnaryOperator<List<ProgramRequest>> withoutEachSteps() {
        return program -> program.stream().filter(r -> r.forEach() == null).toList();
    }
}
