package io.keysmith.sql;

import io.keysmith.model.Cardinality;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Foreign keys as relationships, from the referenced (parent) table to the referencing (child)
 * one: one-to-one when the foreign key's columns are unique in the child, else one-to-many (a
 * self-reference included). A join table, whose primary key is exactly the columns of its two
 * foreign keys, also gives the many-to-many between its two parents {@code through} it.
 */
final class RelationshipMapper {

    /** A foreign key whose parent table was found. */
    record Link(SqlTable child, SqlTable parent, SqlForeignKey key) {
    }

    private final SqlSchema schema;
    private final EntityNames names;
    private final String file;
    private final List<String> warnings;
    private final List<Link> links = new ArrayList<>();

    RelationshipMapper(SqlSchema schema, EntityNames names, String file, List<String> warnings) {
        this.schema = schema;
        this.names = names;
        this.file = file;
        this.warnings = warnings;
    }

    List<Link> links() {
        return links;
    }

    List<Relationship> map() {
        List<Relationship> relationships = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (SqlTable child : schema.tableList()) {
            for (SqlForeignKey key : child.foreignKeys) {
                Optional<SqlTable> parent = schema.table(key.parentSchema() != null ? key.parentSchema() : child.schema,
                        key.parentTable());
                if (parent.isEmpty()) {
                    warnings.add(file + ": " + key.at() + ": the foreign key " + key.columns() + " of "
                            + Names.printable(child.qualifiedName()) + " references " + Names.printable(key.parentTable())
                            + ", a table the file does not create; no relationship made from it");
                } else if (!key.columns().stream().allMatch(c -> child.column(c).isPresent())) {
                    warnings.add(file + ": " + key.at() + ": the foreign key " + key.columns() + " of "
                            + Names.printable(child.qualifiedName()) + " names a column the table does not have; skipped");
                } else {
                    Link link = new Link(child, parent.get(), key);
                    links.add(link);
                    String pair = names.entity(parent.get()) + ">" + names.entity(child);
                    if (!pairs.add(pair)) {
                        repeated.add(pair);
                    }
                }
            }
        }
        for (Link link : links) {
            String pair = names.entity(link.parent()) + ">" + names.entity(link.child());
            boolean named = repeated.contains(pair) || link.parent() == link.child();
            relationships.add(oneTo(link, named));
        }
        for (SqlTable table : schema.tableList()) {
            joinTable(table).ifPresent(relationships::add);
        }
        return relationships;
    }

    private Relationship oneTo(Link link, boolean named) {
        SqlForeignKey key = link.key();
        Cardinality cardinality = link.child().uniqueOn(key.columns()) ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY;
        List<String> foreignKey = names.attributes(link.child(), key.columns());
        List<String> referenced = key.parentColumns().isEmpty() ? link.parent().primaryKey : key.parentColumns();
        String description = "foreign key " + (key.name() == null ? "" : key.name() + " ") + link.child().qualifiedName()
                + " " + key.columns() + " references " + link.parent().qualifiedName() + " " + referenced;
        String name = named ? Names.attribute(String.join("_", key.columns()).replaceAll("(?i)_?id$", "")) : null;
        return new Relationship(names.entity(link.parent()), names.entity(link.child()), cardinality, foreignKey, null,
                null, name == null || name.isEmpty() ? null : name, Names.printable(description));
    }

    /** The many-to-many a join table carries: exactly two foreign keys whose columns make up its primary key. */
    private Optional<Relationship> joinTable(SqlTable table) {
        List<Link> own = links.stream().filter(l -> l.child() == table).toList();
        if (own.size() != 2 || table.primaryKey.isEmpty()) {
            return Optional.empty();
        }
        List<String> keyColumns = new ArrayList<>(own.get(0).key().columns());
        keyColumns.addAll(own.get(1).key().columns());
        if (!SqlTable.sameColumns(keyColumns, table.primaryKey)) {
            return Optional.empty();
        }
        String from = names.entity(own.get(0).parent());
        String to = names.entity(own.get(1).parent());
        return Optional.of(new Relationship(from, to, Cardinality.MANY_TO_MANY, null, names.entity(table), null, null,
                Names.printable("join table " + table.qualifiedName())));
    }
}
