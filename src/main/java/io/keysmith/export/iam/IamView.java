package io.keysmith.export.iam;

import java.util.List;

/** What the IAM templates print, every user string already quoted; {@code last} flags place JSON commas. */
record IamView(String model, List<PolicyView> policies, List<ScopeView> scopes) {

    record PolicyView(String file, String role, String description, String patterns, List<StatementView> statements) {
    }

    /** One statement; {@code scoped} adds the LeadingKeys condition. */
    record StatementView(String sid, List<Item> actions, List<Item> resources, boolean scoped, List<Item> leadingKeys,
            String patterns, String target, String actionList, boolean last) {
    }

    /** A tenant or user entity and the principal tags its policies need. */
    record ScopeView(String entity, String tags) {
    }

    record Item(String value, boolean last) {
    }
}
