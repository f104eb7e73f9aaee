package io.keysmith.model;

import java.util.List;

/** The checks of one access pattern against its entity and the model's relationships. */
final class PatternChecks {

    private final Model model;
    private final Entity entity;
    private final AccessPattern pattern;
    private final String at;
    private final List<Problem> problems;

    PatternChecks(Model model, Entity entity, AccessPattern pattern, String at, List<Problem> problems) {
        this.model = model;
        this.entity = entity;
        this.pattern = pattern;
        this.at = at;
        this.problems = problems;
    }

    void run() {
        conditions("where", pattern.whereOrEmpty());
        conditions("filter", pattern.filterOrEmpty());
        long ranges = pattern.whereOrEmpty().stream().filter(c -> c.op() != null && c.op().isRange()).count();
        if (ranges > 1) {
            error(at + ".where", "has " + ranges + " range conditions; a key condition allows at most one"
                    + " (=, any number; one of < <= > >= between begins_with); move the others to \"filter\"");
        }
        if (pattern.isRead() && pattern.whereOrEmpty().isEmpty()) {
            problems.add(Problem.warning(at + ".where", "a read with no conditions reads the whole table (a Scan)"));
        }
        if (pattern.orderBy() != null && pattern.orderBy().attribute() != null
                && !entity.hasAttribute(pattern.orderBy().attribute())) {
            error(at + ".orderBy.attribute", ModelValidator.notAttribute(pattern.orderBy().attribute(), entity));
        }
        for (int k = 0; k < pattern.includeOrEmpty().size(); k++) {
            String other = pattern.includeOrEmpty().get(k);
            String where = at + ".include[" + k + "]";
            if (model.entity(other).isEmpty()) {
                error(where, ModelShape.quote(other) + " is not an entity of the model");
            } else if (model.relationships().stream().noneMatch(r -> related(r, other))) {
                error(where, other + " is not related to " + entity.name() + "; add a relationship between them");
            }
        }
        if (pattern.type() == PatternType.UPDATE && pattern.setOrEmpty().isEmpty()) {
            error(at + ".set", "an update must name the attributes it changes in set");
        }
        for (int k = 0; k < pattern.setOrEmpty().size(); k++) {
            String name = pattern.setOrEmpty().get(k);
            if (!entity.hasAttribute(name)) {
                error(at + ".set[" + k + "]", ModelValidator.notAttribute(name, entity));
            }
        }
        if (pattern.limit() != null && pattern.limit() < 1) {
            error(at + ".limit", "must be 1 or more");
        }
        if (pattern.rate() != null && pattern.rate().doubleValue() <= 0) {
            error(at + ".rate", "must be more than 0 requests per second");
        }
    }

    /** Directly related, or the two ends and the linking entity of a many-to-many. */
    private boolean related(Relationship r, String other) {
        String self = entity.name();
        if (r.connects(self, other)) {
            return true;
        }
        return r.through() != null
                && ((r.through().equals(other) && (r.from().equals(self) || r.to().equals(self)))
                || (r.through().equals(self) && (r.from().equals(other) || r.to().equals(other))));
    }

    private void conditions(String list, List<Condition> conditions) {
        for (int k = 0; k < conditions.size(); k++) {
            Condition c = conditions.get(k);
            String where = at + "." + list + "[" + k + "]";
            var attribute = entity.attribute(c.attribute());
            if (attribute.isEmpty()) {
                error(where + ".attribute", ModelValidator.notAttribute(c.attribute(), entity));
                continue;
            }
            if (c.isConstant() && !ModelValidator.fitsType(c.value(), attribute.get().type())) {
                error(where + ".value", "\"" + Text.printable(String.valueOf(c.value())) + "\" is not a "
                        + attribute.get().type().json() + " like " + c.attribute());
            }
            if (c.op() != null && c.op().isRange() && !attribute.get().type().isScalar()) {
                error(where + ".op", c.attribute() + " is a " + attribute.get().type().json()
                        + "; only strings, numbers and dates can be compared with " + c.op().json());
            }
        }
    }

    private void error(String where, String message) {
        problems.add(Problem.error(where, message));
    }
}
