package io.keysmith.export.electrodb;

import java.util.List;

/**
 * What the ElectroDB templates print: names already written as TypeScript literals or comments,
 * definitions and calls as TypeScript expressions built in Java, so templates only loop.
 */
record ElectroDbView(String packageName, String modelComment, String modelMarkdown, boolean padded,
        List<EntityView> entities, List<ServiceView> services, List<PatternView> patterns, List<String> notes,
        String names, ElectroDbVersions versions) {

    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    /** One {@code new Entity}: its variable, model name literal, table literal, attributes and indexes. */
    record EntityView(String variable, String name, String comment, String table, List<Line> attributes,
            List<IndexView> indexes) {
    }

    /** A line of an object literal: {@code key: value}. */
    record Line(String key, String value) {
    }

    /** An ElectroDB index: {@code index} (null for the table's), collection, sparse condition, keys. */
    record IndexView(String key, String index, String collection, String condition, KeyView pk, KeyView sk) {
    }

    /** An index key: the field, its composite attributes and template, all literals. */
    record KeyView(String field, String composite, String template) {
    }

    /** A service over one table's entities; {@code variable} names it in the module. */
    record ServiceView(String variable, String comment, String members) {
    }

    /** The call of one access pattern in the usage module. */
    record PatternView(String id, String comment, String verdict, List<String> body, String markdownId,
            String markdownName, String markdownCall) {
    }
}
