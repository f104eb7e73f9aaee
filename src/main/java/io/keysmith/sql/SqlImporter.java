package io.keysmith.sql;

import io.keysmith.imports.ImportFailure;
import io.keysmith.imports.ImportResult;
import io.keysmith.imports.ImportSource;
import io.keysmith.imports.ModelImporter;
import io.keysmith.imports.QueryFile;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import io.keysmith.model.Settings;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports PostgreSQL or MySQL DDL, and optionally the application's SQL statements, as a Keysmith
 * model: tables as entities, foreign keys as relationships, keys and indexes as inferred reads,
 * queries as access patterns. What it cannot read is reported at its line and column and left out;
 * it fails only when no table at all can be read.
 */
public final class SqlImporter implements ModelImporter {

    @Override
    public String kind() {
        return "SQL schema";
    }

    /** A {@code .sql} file, or text that is not JSON and creates a table. */
    @Override
    public boolean recognises(ImportSource source) {
        if (source.name().toLowerCase(Locale.ROOT).endsWith(".sql")) {
            return true;
        }
        String head = source.text().substring(0, Math.min(source.text().length(), 65_536)).stripLeading();
        return !head.startsWith("{") && !head.startsWith("[") && head.toUpperCase(Locale.ROOT).contains("CREATE TABLE");
    }

    @Override
    public boolean takesQueries() {
        return true;
    }

    @Override
    public ImportResult read(ImportSource source, Optional<QueryFile> queries) {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        StatementSplitter.Result split = StatementSplitter.split(source.text(), false);
        split.problems().forEach(p -> warnings.add(source.name() + ": " + p));
        SqlSchema schema;
        try (SqlParser parser = new SqlParser()) {
            SchemaReader reader = new SchemaReader(source.name(), parser);
            split.statements().forEach(reader::read);
            warnings.addAll(reader.warnings());
            notes.addAll(reader.notes());
            schema = reader.schema();
            if (schema.tables.isEmpty()) {
                List<String> problems = new ArrayList<>(warnings);
                problems.add(source.name() + ": no CREATE TABLE could be read"
                        + (split.statements().isEmpty() ? " (the file has no SQL statements)" : "") + "; nothing to import");
                throw new ImportFailure(problems);
            }
            SchemaMapping mapping = model(source, schema, notes, warnings);
            Model model = mapping.model();
            if (queries.isPresent()) {
                model = new QueryImporter(mapping, parser, notes, warnings).add(queries.get());
            }
            return new ImportResult(kind(), model, null, notes, warnings);
        }
    }

    private static SchemaMapping model(ImportSource source, SqlSchema schema, List<String> notes, List<String> warnings) {
        List<SqlTable> tables = schema.tableList();
        EntityNames names = new EntityNames(tables);
        EntityMapper entities = new EntityMapper(names, source.name(), notes, warnings);
        RelationshipMapper relationshipMapper = new RelationshipMapper(schema, names, source.name(), warnings);
        List<Relationship> relationships = relationshipMapper.map();
        InferredPatterns inferred = new InferredPatterns(names, relationshipMapper.links());
        List<Entity> modelEntities = new ArrayList<>();
        List<AccessPattern> patterns = new ArrayList<>();
        for (SqlTable table : tables) {
            Entity entity = entities.map(table);
            modelEntities.add(entity);
            patterns.addAll(inferred.of(table, entity, entities.identifier(table)));
        }
        List<AccessPattern> numbered = new ArrayList<>();
        for (AccessPattern p : patterns) {
            numbered.add(PatternShapes.withId(p, "AP" + (numbered.size() + 1)));
        }
        String name = source.baseName();
        String tableName = Names.pascal(name);
        String description = "Imported from " + source.name() + " (" + tables.size() + " table"
                + (tables.size() == 1 ? "" : "s") + "). Read patterns marked inferred come from its keys and indexes.";
        Model model = new Model(Model.FORMAT, name.isBlank() ? "Imported schema" : Names.printable(name), description,
                new Settings(tableName.length() >= 3 ? tableName : null, TableStyle.SINGLE_TABLE, null),
                modelEntities, relationships, numbered);
        return new SchemaMapping(model, schema, names, relationshipMapper.links());
    }
}
