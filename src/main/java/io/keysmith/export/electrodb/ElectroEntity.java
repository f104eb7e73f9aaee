package io.keysmith.export.electrodb;

import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PresentWhen;
import java.util.List;
import java.util.Map;

/**
 * One ElectroDB entity of the export: the Keysmith entity (or its uniqueness marker) it stores,
 * its table, the ElectroDB name of each attribute ({@code names}: model name to identifier, equal
 * unless the model's name is no identifier), the hidden attributes holding zero-padded numbers
 * ({@code padded}: identifier to attribute and width), and its indexes.
 */
record ElectroEntity(String entity, String variable, String table, boolean marker, ItemRow row, List<String> attributes,
        Map<String, String> names, Map<String, Padded> padded, List<Index> indexes) {

    /** A number zero-padded to {@code width} digits in a key: kept in a hidden attribute ElectroDB composes. */
    record Padded(String attribute, int width) {
    }

    /**
     * An index as ElectroDB sees it: {@code key} its access-pattern name, {@code index} the design's
     * index name (null for the table), the key fields and templates, a collection name when other
     * entities share the partition, and the sparse condition of the design's {@code presentWhen}.
     */
    record Index(String key, String index, String pkField, KeyTemplate pk, String skField, KeyTemplate sk,
            String collection, PresentWhen when) {

        Index withCollection(String name) {
            return new Index(key, index, pkField, pk, skField, sk, name, when);
        }
    }

    /** The index of the design's name (null: the table), if the entity has it. */
    Index index(String name) {
        return indexes.stream().filter(i -> java.util.Objects.equals(i.index(), name)).findFirst().orElse(null);
    }

    /** The ElectroDB attribute a template placeholder composes: the padded copy for {@code {a:0N}}. */
    String composite(KeyTemplate.Placeholder p) {
        if (!names.containsKey(p.attribute())) {
            throw new ElectroDbNotExpressible("a key template names " + p.attribute() + ", which " + variable + " does not hold");
        }
        if (p.pad() == 0) {
            return names.get(p.attribute());
        }
        return padded.entrySet().stream()
                .filter(e -> e.getValue().attribute().equals(p.attribute()) && e.getValue().width() == p.pad())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
