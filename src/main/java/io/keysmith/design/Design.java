package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keysmith.model.TableStyle;
import java.util.List;

/**
 * A design document ({@code keysmith-design/1}): the tables, one plan per access pattern,
 * denormalizations, warnings and the reasoning steps that produced them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Design(
        String format,
        String model,
        TableStyle style,
        List<Table> tables,
        List<PatternPlan> accessPatterns,
        List<Denormalization> denormalizations,
        List<Warning> warnings,
        List<Step> steps,
        Cost cost) {

    public static final String FORMAT = "keysmith-design/1";

    public Design {
        tables = copy(tables);
        accessPatterns = copy(accessPatterns);
        denormalizations = copy(denormalizations);
        warnings = copy(warnings);
        steps = copy(steps);
    }

    /** The same design with other tables. */
    public Design withTables(List<Table> other) {
        return new Design(format, model, style, other, accessPatterns, denormalizations, warnings, steps, cost);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
