package io.keysmith.sql;

import io.keysmith.imports.QueryFile;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Adds the access patterns of a queries file to a model imported from DDL: each statement mapped
 * by {@link SelectMapper} or {@link WriteMapper}, with its rate; statements of the same shape
 * merged (their rates added); every statement that cannot be mapped listed with its position and
 * the reason. A stated read replaces the inferred read of the same conditions.
 */
final class QueryImporter {

    private static final java.util.Set<String> CONTROL = java.util.Set.of("BEGIN", "COMMIT", "ROLLBACK", "START", "END",
            "SET", "SHOW", "SAVEPOINT", "RELEASE", "PREPARE", "DEALLOCATE", "EXECUTE", "EXPLAIN", "VACUUM", "ANALYZE",
            "LOCK", "LISTEN", "NOTIFY", "DISCARD", "RESET", "USE", "CALL", "DO");

    private final SchemaMapping mapping;
    private final SqlParser parser;
    private final List<String> notes;
    private final List<String> warnings;

    QueryImporter(SchemaMapping mapping, SqlParser parser, List<String> notes, List<String> warnings) {
        this.mapping = mapping;
        this.parser = parser;
        this.notes = notes;
        this.warnings = warnings;
    }

    Model add(QueryFile file) {
        String name = file.source().name();
        List<AccessPattern> stated = new ArrayList<>();
        int unmapped = 0;
        for (QueryFileReader.Query query : QueryFileReader.read(file, notes, warnings)) {
            SqlStatement statement = query.statement();
            String where = name + ": " + statement.start() + ": ";
            List<String> patternNotes = new ArrayList<>();
            AccessPattern pattern;
            try {
                String kind = SchemaReader.kind(statement.text());
                if (CONTROL.contains(kind.split(" ")[0])) {
                    throw new UnmappedQuery("a " + kind + " statement reads or writes no rows");
                }
                pattern = map(parser.parse(statement), patternNotes);
            } catch (SqlProblem problem) {
                warnings.add(name + ": " + problem.position() + ": not mapped: the SQL parser stops here ("
                        + problem.getMessage() + "): " + statement.head());
                unmapped++;
                continue;
            } catch (UnmappedQuery reason) {
                warnings.add(where + "not mapped: " + reason.getMessage() + ": " + statement.head());
                unmapped++;
                continue;
            }
            patternNotes.stream().filter(n -> n.startsWith("condition not mapped")).forEach(n -> warnings.add(where + n));
            String source = "from " + name + " line " + statement.line() + ": " + oneLine(statement.text())
                    + (patternNotes.isEmpty() ? "" : " (" + String.join("; ", patternNotes) + ")");
            merge(stated, withRateAndNotes(pattern, query.rate(), source));
        }
        notes.add(name + ": " + stated.size() + " access pattern" + (stated.size() == 1 ? "" : "s") + " from statements"
                + (unmapped == 0 ? "" : ", " + unmapped + " statement" + (unmapped == 1 ? "" : "s") + " not mapped, each listed with its reason"));
        return withPatterns(stated);
    }

    private AccessPattern map(Statement parsed, List<String> patternNotes) throws UnmappedQuery {
        return switch (parsed) {
            case Select select -> new SelectMapper(mapping).map(select, patternNotes);
            case Insert insert -> new WriteMapper(mapping).insert(insert, patternNotes);
            case Update update -> new WriteMapper(mapping).update(update, patternNotes);
            case Delete delete -> new WriteMapper(mapping).delete(delete, patternNotes);
            case UnsupportedStatement unsupported -> throw new UnmappedQuery("the SQL parser does not support this statement");
            default -> throw new UnmappedQuery("a " + SchemaReader.kind(parsed.toString()) + " statement reads or writes no rows");
        };
    }

    /** Adds the pattern, or adds its rate to an earlier one of the same shape. */
    private static void merge(List<AccessPattern> patterns, AccessPattern p) {
        for (int i = 0; i < patterns.size(); i++) {
            AccessPattern q = patterns.get(i);
            boolean same = p.type() == q.type() && p.entity().equals(q.entity()) && Objects.equals(p.set(), q.set())
                    && Objects.equals(p.include(), q.include()) && Objects.equals(p.limit(), q.limit())
                    && Objects.equals(p.filter(), q.filter()) && (!p.isRead() || PatternShapes.sameRead(p, q));
            if (same) {
                Double rate = p.rate() == null && q.rate() == null ? null : p.rateOrDefault() + q.rateOrDefault();
                patterns.set(i, new AccessPattern(q.id(), q.name(), q.type(), q.entity(), q.where(), q.filter(), q.orderBy(),
                        q.include(), q.returns(), q.limit(), q.set(), round(rate), q.consistency(),
                        q.notes() + "; also " + p.notes(), null));
                return;
            }
        }
        patterns.add(p);
    }

    private Model withPatterns(List<AccessPattern> stated) {
        Model model = mapping.model();
        List<AccessPattern> all = new ArrayList<>();
        for (AccessPattern inferred : model.accessPatterns()) {
            if (stated.stream().noneMatch(s -> PatternShapes.covers(s, inferred))) {
                all.add(inferred);
            }
        }
        all.addAll(stated);
        List<AccessPattern> numbered = new ArrayList<>();
        for (AccessPattern p : all) {
            numbered.add(PatternShapes.withId(p, "AP" + (numbered.size() + 1)));
        }
        return new Model(model.format(), model.name(), model.description(), model.settings(), model.entities(),
                model.relationships(), numbered);
    }

    private static AccessPattern withRateAndNotes(AccessPattern p, Double rate, String notes) {
        return new AccessPattern(p.id(), p.name(), p.type(), p.entity(), p.where(), p.filter(), p.orderBy(), p.include(),
                p.returns(), p.limit(), p.set(), round(rate), p.consistency(), Names.printable(notes), null);
    }

    /** Rates to four significant digits (a file diffs cleanly; 1/86400 stays visible). */
    private static Double round(Double rate) {
        if (rate == null) {
            return null;
        }
        return new java.math.BigDecimal(rate).round(new java.math.MathContext(4)).doubleValue();
    }

    private static String oneLine(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
    }
}
