package io.keysmith.design;

import io.keysmith.model.AttributeType;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Natural key names for the multi-table style: in a table that holds a single entity, a key
 * made of one attribute is named after that attribute and holds its plain value ("customerId"
 * rather than PK = "CUSTOMER#{customerId}"), as hand-written multi-table designs do.
 */
final class NaturalKeys {

    /** The natural names of one layout's keys; sortKey is null for a key without sort key. */
    record Names(String partitionKey, String sortKey, String sortType) {
    }

    private NaturalKeys() {
    }

    /** The natural names for the layout, or null when it needs generic overloaded keys. */
    static Names of(DesignState s, Layout l) {
        Entity e = s.entity(l.entity());
        List<String> comps = l.finalComps(e);
        if (l.when() != null || l.isLsi() || l.pkAttrs().size() != 1 || comps.size() > 1
                || (!s.markersApart() && !s.lookupsOf(e.name()).isEmpty())
                || s.entitiesIn(s.tableOf(e.name())).stream().filter(o -> s.embedding(o.name()) == null).count() != 1) {
            return null;
        }
        String pk = l.pkAttrs().get(0);
        if (!naturalType(e, pk) || (!comps.isEmpty() && !naturalType(e, comps.get(0)))) {
            return null;
        }
        if (comps.isEmpty()) {
            return new Names(pk, null, null);
        }
        String sk = comps.get(0);
        boolean number = e.attribute(sk).map(a -> a.type() == AttributeType.NUMBER).orElse(false);
        return new Names(pk, sk, number ? "N" : "S");
    }

    private static boolean naturalType(Entity e, String attr) {
        return e.attribute(attr).map(a -> switch (a.type()) {
            case STRING, NUMBER, DATE, DATETIME -> true;
            default -> false;
        }).orElse(false);
    }

    static String typeOf(Entity e, String attr) {
        return e.attribute(attr).map(a -> a.type() == AttributeType.NUMBER ? "N" : "S").orElse("S");
    }

    /** The key condition of a plan on a natural key, from the pattern's own range condition. */
    static Map<String, KeyCondition> condition(Names names, Map<String, KeyCondition> generic, Layout l, Need n) {
        Map<String, KeyCondition> out = new LinkedHashMap<>();
        List<KeyCondition> conditions = new ArrayList<>(generic.values());
        out.put(names.partitionKey(), new KeyCondition("=", placeholder(conditions.get(0).value(), names.partitionKey())));
        if (names.sortKey() == null || generic.size() < 2) {
            return out;
        }
        KeyCondition sk = conditions.get(1);
        String ph = "=".equals(sk.op()) ? placeholder(sk.value(), names.sortKey()) : "{" + names.sortKey() + "}";
        if (n != null && n.range() != null && n.range().attribute().equals(names.sortKey())) {
            Op op = n.range().op();
            out.put(names.sortKey(), switch (op) {
                case BETWEEN -> new KeyCondition("between", List.of(ph, ph));
                case BEGINS_WITH -> new KeyCondition("begins_with", ph);
                default -> new KeyCondition(op.json(), ph);
            });
        } else if ("=".equals(sk.op()) && String.valueOf(sk.value()).contains("{")) {
            out.put(names.sortKey(), new KeyCondition("=", ph));
        }
        return out;
    }

    /**
     * The placeholder a natural key is filled from: the one placeholder of the generic template
     * without its prefix or padding (an include request names the source item's attribute, say
     * {authorId} for a user's userId), else the key attribute itself.
     */
    static String placeholder(Object generic, String attribute) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(String.valueOf(generic));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return "{" + (found.size() == 1 ? found.get(0) : attribute) + "}";
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
}
