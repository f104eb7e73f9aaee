package io.keysmith.design.program;

import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.model.AccessPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes of a child embedded in its host's item: one UpdateItem on the host's base key that sets,
 * changes or removes the child's entry of the host's map, conditional on the entry being absent
 * (create) or present (update, delete).
 */
final class EmbeddedPrograms {

    private EmbeddedPrograms() {
    }

    static Optional<List<ProgramRequest>> of(StoredEntity child, AccessPattern p,
            Function<String, Optional<StoredEntity>> stored) {
        ItemRow row = child.embedded();
        if (row.attribute() == null || row.keyedBy() == null || row.hostKey() == null) {
            return Optional.empty();
        }
        Optional<StoredEntity> host = stored.apply(row.embeddedIn());
        if (host.isEmpty() || host.get().item() == null) {
            return Optional.empty();
        }
        StoredEntity h = host.get();
        Map<String, String> childOf = new HashMap<>();
        row.hostKey().forEach((childAttr, hostAttr) -> childOf.put(hostAttr, childAttr));
        Map<String, String> key = new LinkedHashMap<>();
        for (Map.Entry<String, String> k : h.baseKey(h.item()).entrySet()) {
            String renamed = renamed(k.getValue(), childOf);
            if (renamed == null) {
                return Optional.empty();
            }
            key.put(k.getKey(), renamed);
        }
        String entry = String.join("#", row.keyedBy().stream().map(a -> "{" + a + "}").toList());
        List<String> path = List.of(row.attribute(), entry);
        List<UpdateAction> actions = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        checks.add(Check.exists(h.partitionKey()));
        String why;
        switch (p.type()) {
            case CREATE -> {
                actions.add(new UpdateAction(Action.SET, null, path, null, null, child.entity().name()));
                checks.add(new Check(CheckFunction.ATTRIBUTE_NOT_EXISTS, null, path, null, null));
                why = "add the " + child.entity().name() + " entry to map " + row.attribute() + " of its " + row.embeddedIn()
                        + ", refused when the entry exists";
            }
            case UPDATE -> {
                for (String a : p.setOrEmpty()) {
                    List<String> attrPath = new ArrayList<>(path);
                    attrPath.add(a);
                    actions.add(new UpdateAction(Action.SET, null, attrPath, "{" + a + "}", null, null));
                }
                checks.add(new Check(CheckFunction.ATTRIBUTE_EXISTS, null, path, null, null));
                why = "change the " + child.entity().name() + " entry of map " + row.attribute() + ", only if it exists";
            }
            case DELETE -> {
                actions.add(new UpdateAction(Action.REMOVE, null, path, null, null, null));
                checks.add(new Check(CheckFunction.ATTRIBUTE_EXISTS, null, path, null, null));
                why = "remove the " + child.entity().name() + " entry of map " + row.attribute() + ", only if it exists";
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(new ProgramRequest(Operation.UPDATE_ITEM, h.table().name(), null, key, null, null, null,
                null, null, null, null, actions, checks, null, null, null, why)));
    }

    /** The host's key template with each host identifier replaced by the child attribute holding it. */
    private static String renamed(String template, Map<String, String> childOf) {
        StringBuilder out = new StringBuilder();
        for (KeyTemplate.Part part : KeyTemplate.of(template).parts()) {
            switch (part) {
                case KeyTemplate.Literal l -> out.append(l.text());
                case KeyTemplate.Placeholder ph -> {
                    String a = childOf.get(ph.attribute());
                    if (a == null) {
                        return null;
                    }
                    out.append('{').append(a).append(ph.pad() == 0 ? "" : ":0" + ph.pad()).append('}');
                }
                case KeyTemplate.Shard sh -> {
                    String a = sh.attribute() == null ? null : childOf.get(sh.attribute());
                    if (a == null) {
                        return null;
                    }
                    out.append(new KeyTemplate.Shard(sh.count(), a).text());
                }
            }
        }
        return out.toString();
    }
}
