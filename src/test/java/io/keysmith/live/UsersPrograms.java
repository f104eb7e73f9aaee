package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.program.Action;
import io.keysmith.design.program.Check;
import io.keysmith.design.program.CheckFunction;
import io.keysmith.design.program.ItemValue;
import io.keysmith.design.program.Operation;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.design.program.Scope;
import io.keysmith.design.program.UpdateAction;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Hand-built programs for the users service (sample-models/users-service.json), as the README's
 * "Write plans are programs" describes them: a create puts the user and the markers of its email
 * and username (holding only userId), an update reads the user, sets the new values and the
 * sparse GSI1 keys (removed when the user is not SUSPENDED) and moves a changed marker, a delete
 * removes the user and its markers. Reads by email and username go through the marker.
 */
final class UsersPrograms {

    static final String TABLE = "UsersService";
    static final PresentWhen SUSPENDED = new PresentWhen("status", "=", "SUSPENDED");
    private static final List<String> UNIQUE = List.of("email", "username");

    private UsersPrograms() {
    }

    static Model model() {
        try (InputStream in = SampleModels.open("users-service.json")) {
            return ModelReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).model();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The engine's design with these programs on every write, each passed through {@code edit}. */
    static Design design(Model model, Design engine, UnaryOperator<List<ProgramRequest>> edit) {
        List<PatternPlan> plans = new ArrayList<>();
        for (PatternPlan pp : engine.accessPatterns()) {
            AccessPattern p = model.accessPatterns().stream().filter(x -> x.id().equals(pp.id())).findFirst().orElseThrow();
            plans.add(switch (p.type()) {
                case CREATE -> pp.withProgram(edit.apply(create()));
                case UPDATE -> pp.withProgram(edit.apply(update(p.setOrEmpty())));
                case DELETE -> pp.withProgram(edit.apply(delete()));
                case READ -> p.id().equals("AP2") ? throughMarker(pp, "EMAIL", "email")
                        : p.id().equals("AP3") ? throughMarker(pp, "USERNAME", "username") : pp;
            });
        }
        return new Design(engine.format(), engine.model(), engine.style(), engine.tables(), plans, engine.denormalizations(),
                engine.warnings(), engine.steps(), engine.cost());
    }

    private static PatternPlan throughMarker(PatternPlan pp, String tag, String attribute) {
        PatternPlan marker = new PatternPlan(null, TABLE, null, "GetItem", Map.of("PK", new KeyCondition("=", "USER#" + tag + "#{" + attribute + "}"),
                "SK", new KeyCondition("=", "USER#" + tag)), null, null, null, null, null, null, 0.5, null, null, null, null, null, true, null);
        PatternPlan item = new PatternPlan(null, TABLE, null, "GetItem", userKeyCondition(), null, null, null, null, null, null, 0.5,
                null, null, null, null, null);
        return new PatternPlan(pp.id(), TABLE, null, "GetItem", pp.keyCondition(), null, null, null, null, null, null,
                1.0, null, null, pp.rule(), "marker, then the user", List.of(marker, item));
    }

    private static Map<String, KeyCondition> userKeyCondition() {
        Map<String, KeyCondition> k = new LinkedHashMap<>();
        k.put("PK", new KeyCondition("=", "USER#{userId}"));
        k.put("SK", new KeyCondition("=", "USER"));
        return k;
    }

    static Map<String, String> userKey() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("PK", "USER#{userId}");
        k.put("SK", "USER");
        return k;
    }

    static Map<String, String> markerKey(String attribute) {
        String tag = attribute.toUpperCase();
        return Map.of("PK", "USER#" + tag + "#{" + attribute + "}", "SK", "USER#" + tag);
    }

    static List<ProgramRequest> create() {
        List<ItemValue> item = new ArrayList<>();
        item.add(ItemValue.of("PK", "USER#{userId}"));
        item.add(ItemValue.of("SK", "USER"));
        item.add(new ItemValue("GSI1PK", "USER#STATUS#SUSPENDED", null, SUSPENDED, null));
        item.add(new ItemValue("GSI1SK", "USER#{updatedAt}#{userId}", null, SUSPENDED, null));
        for (String a : List.of("userId", "email", "username", "firstName", "lastName", "phone", "passwordHash", "role", "status",
                "createdAt", "updatedAt", "lastLoginAt")) {
            item.add(ItemValue.of(a, "{" + a + "}"));
        }
        List<ProgramRequest> parts = new ArrayList<>();
        parts.add(put(item));
        UNIQUE.forEach(u -> parts.add(putMarker(u)));
        return List.of(transaction(parts));
    }

    static List<ProgramRequest> update(List<String> set) {
        List<UpdateAction> actions = new ArrayList<>();
        set.forEach(a -> actions.add(UpdateAction.set(a, "{" + a + "}")));
        actions.add(new UpdateAction(Action.SET, "GSI1PK", null, "USER#STATUS#SUSPENDED", SUSPENDED, null));
        actions.add(new UpdateAction(Action.SET, "GSI1SK", null, "USER#{updatedAt}#{userId}", SUSPENDED, null));
        List<Check> conditions = new ArrayList<>();
        conditions.add(Check.exists("PK"));
        set.stream().filter(UNIQUE::contains).forEach(u -> conditions.add(Check.unchanged(u)));
        List<ProgramRequest> parts = new ArrayList<>();
        parts.add(new ProgramRequest(Operation.UPDATE_ITEM, TABLE, null, userKey(), null, null, null, null, null, null, null,
                actions, conditions, null, null, null, "the user"));
        for (String u : set.stream().filter(UNIQUE::contains).toList()) {
            parts.add(new ProgramRequest(Operation.DELETE_ITEM, TABLE, null, markerKey(u), Scope.CURRENT, null, null, null, null, null,
                    null, null, null, List.of(u), null, null, "the old marker"));
            ProgramRequest put = putMarker(u);
            parts.add(new ProgramRequest(put.operation(), TABLE, null, null, null, null, null, null, null, null, put.item(), null,
                    put.condition(), List.of(u), null, null, "the new marker"));
        }
        return List.of(read(), transaction(parts));
    }

    static List<ProgramRequest> delete() {
        List<ProgramRequest> parts = new ArrayList<>();
        parts.add(new ProgramRequest(Operation.DELETE_ITEM, TABLE, null, userKey(), null, null, null, null, null, null, null, null,
                List.of(Check.exists("PK")), null, null, null, "the user"));
        UNIQUE.forEach(u -> parts.add(new ProgramRequest(Operation.DELETE_ITEM, TABLE, null, markerKey(u), Scope.CURRENT, null, null,
                null, null, null, null, null, null, null, null, null, "the marker")));
        return List.of(read(), transaction(parts));
    }

    static ProgramRequest read() {
        return new ProgramRequest(Operation.GET_ITEM, TABLE, null, userKey(), null, null, null, true, Scope.CURRENT, true, null, null,
                null, null, null, null, "the stored user");
    }

    static ProgramRequest put(List<ItemValue> item) {
        return new ProgramRequest(Operation.PUT_ITEM, TABLE, null, null, null, null, null, null, null, null, item, null,
                List.of(Check.notExists("PK")), null, null, null, "the user");
    }

    static ProgramRequest putMarker(String attribute) {
        Map<String, String> key = markerKey(attribute);
        return new ProgramRequest(Operation.PUT_ITEM, TABLE, null, null, null, null, null, null, null, null,
                List.of(ItemValue.of("PK", key.get("PK")), ItemValue.of("SK", key.get("SK")), ItemValue.of("userId", "{userId}")), null,
                List.of(new Check(CheckFunction.ATTRIBUTE_NOT_EXISTS, "PK", null, null, null)), null, null, null, "the marker");
    }

    static ProgramRequest transaction(List<ProgramRequest> parts) {
        return new ProgramRequest(Operation.TRANSACT_WRITE_ITEMS, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, parts, null);
    }
}
