package io.keysmith.export.iam;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tenant or user an access pattern is confined to, for {@code dynamodb:LeadingKeys}.
 * Conservative by design: a scope entity is a root of the model (no relationship leads to it)
 * named like a tenant or user ({@code Tenant}, {@code Organization}, {@code Account},
 * {@code Workspace}, {@code Team}, {@code Company}, {@code User}, {@code Customer}); a request is
 * in its scope only when it reads or writes the base table (or a local index) with a partition
 * key template whose placeholders are exactly the scope entity's identifier attributes, and the
 * pattern's entity is that entity or one of its descendants. Queries on a GSI, transactions with
 * lookup items, sharded and zero-padded keys are never scoped.
 */
final class LeadingKeyScope {

    private static final String WORDS = "Tenant|Organi[sz]ation|Org|Account|Workspace|Team|Company|User|Customer";
    /** One of the words, in any case, or a CamelCase name ending in one ({@code AppUser}, not {@code Steam}). */
    private static final Pattern SCOPE_NAMES = Pattern.compile("(?i:" + WORDS + ")|.*[a-z0-9_](?:" + WORDS + ")");
    /** Characters AWS allows in tag keys, so the identifier can be a principal tag. */
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");

    private final Model model;
    private final List<Entity> scopes;

    LeadingKeyScope(Model model) {
        this.model = model;
        this.scopes = model == null ? List.of() : model.entities().stream().filter(this::isScope).toList();
    }

    /** The tenant and user entities of the model. */
    List<Entity> scopes() {
        return scopes;
    }

    /** The entity a pattern's requests are all confined to, if any. */
    Optional<Entity> scopeOf(String entity, Table table, List<PatternPlan> requests) {
        for (Entity scope : scopes) {
            if ((scope.name().equals(entity) || descendants(scope.name()).contains(entity))
                    && requests.stream().allMatch(r -> leadingKey(r, table, scope).isPresent())) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /** The LeadingKeys value of a request in the scope of an entity: its partition key template with policy variables. */
    Optional<String> leadingKey(PatternPlan request, Table table, Entity scope) {
        boolean local = request.index() == null
                || table.localSecondaryIndexes().stream().anyMatch(i -> i.name().equals(request.index()));
        if (!local || "TransactWriteItems".equals(request.operation()) || "Scan".equals(request.operation())
                || request.keyCondition() == null || table.partitionKey() == null) {
            return Optional.empty();
        }
        KeyCondition pk = request.keyCondition().get(table.partitionKey().name());
        if (pk == null || !"=".equals(pk.op()) || !(pk.value() instanceof String text) || text.contains("{#")) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (KeyTemplate.Part part : KeyTemplate.of(text).parts()) {
            switch (part) {
                case KeyTemplate.Literal l -> value.append(l.text().replace("$", "${$}"));
                case KeyTemplate.Placeholder p -> {
                    if (p.pad() != 0) {
                        return Optional.empty();
                    }
                    names.add(p.attribute());
                    value.append("${aws:PrincipalTag/").append(p.attribute()).append('}');
                }
                case KeyTemplate.Shard sh -> {
                    // a shard number is no principal tag: the policy cannot name the leading key
                    return Optional.empty();
                }
            }
        }
        return names.equals(scope.identifierNames()) ? Optional.of(value.toString()) : Optional.empty();
    }

    private boolean isScope(Entity e) {
        boolean root = model.relationships().stream().noneMatch(r -> r.to().equals(e.name()) && !r.from().equals(e.name()));
        return root && SCOPE_NAMES.matcher(e.name()).matches() && !e.identifierNames().isEmpty()
                && e.identifierNames().stream().allMatch(n -> TAG_KEY.matcher(n).matches() && !n.contains("${"));
    }

    private Set<String> descendants(String root) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            String from = todo.remove(todo.size() - 1);
            for (Relationship r : model.relationships()) {
                if (r.from().equals(from) && seen.add(r.to())) {
                    todo.add(r.to());
                }
            }
        }
        return seen;
    }

    /** The role name prefix of a scope entity: {@code Tenant} gives {@code tenant}. */
    static String roleName(Entity scope) {
        return scope.name().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }
}
