package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.model.AccessPattern;
import java.util.Map;

/**
 * One write of the sequence: the pattern, what kind of write, the parameters the program gets,
 * the instance before and after (null when absent), and whether the model says DynamoDB must
 * refuse it.
 */
record WriteStep(int number, AccessPattern pattern, Kind kind, Map<String, Object> params, Instance before, Instance after) {

    /** The writes the sequence makes; the last five must be refused. */
    enum Kind {
        CREATE("create", false),
        UPDATE("update", false),
        DELETE("delete", false),
        CREATE_LIVE_IDENTIFIER("create with the identifier of a live instance", true),
        CREATE_TAKEN_UNIQUE("create with a unique value another instance holds", true),
        UPDATE_TAKEN_UNIQUE("update to a unique value another instance holds", true),
        UPDATE_MISSING("update of a missing instance", true),
        DELETE_MISSING("delete of a missing instance", true);

        private final String text;
        private final boolean refused;

        Kind(String text, boolean refused) {
            this.text = text;
            this.refused = refused;
        }

        boolean refused() {
            return refused;
        }

        String text() {
            return text;
        }
    }

    boolean mustBeRefused() {
        return kind.refused();
    }

    /** Where a report names it: {@code step 17 (AP12 update {userId=..., status=SUSPENDED})}. */
    String describe() {
        return "step " + number + " (" + pattern.id() + " " + kind.text() + " " + params + ")";
    }
}
