package io.keysmith.sql;

import io.keysmith.model.Model;
import java.util.List;
import java.util.Optional;

/** A schema and the model made of it, with the names and foreign-key links that tie the two together (what the queries are mapped with). */
record SchemaMapping(Model model, SqlSchema schema, EntityNames names, List<RelationshipMapper.Link> links) {

    /** The foreign key joining two tables, in either direction, on exactly these column pairs. */
    Optional<RelationshipMapper.Link> link(SqlTable a, SqlTable b) {
        return links.stream().filter(l -> l.child() == a && l.parent() == b || l.child() == b && l.parent() == a).findFirst();
    }
}
