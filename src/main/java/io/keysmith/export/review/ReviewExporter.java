package io.keysmith.export.review;

import io.keysmith.design.Denormalization;
import io.keysmith.design.Design;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Step;
import io.keysmith.design.Table;
import io.keysmith.design.Warning;
import io.keysmith.design.program.ProgramText;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.ImpliedModel;
import io.keysmith.export.MarkdownText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.review.ReviewView.IndexRow;
import io.keysmith.export.review.ReviewView.KeyChart;
import io.keysmith.export.review.ReviewView.MermaidEntity;
import io.keysmith.export.review.ReviewView.PatternRow;
import io.keysmith.export.review.ReviewView.StepItem;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ParentLinks;
import io.keysmith.model.Relationship;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the design review document in Markdown: summary, ER diagram, key charts, patterns, indexes, warnings, steps. */
public final class ReviewExporter {

    private final TemplateRenderer renderer;

    public ReviewExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design) {
        Model full = ImpliedModel.orImplied(model, design);
        return List.of(new ExportedFile("DESIGN-REVIEW.md", renderer.render("review/review.md.mustache", view(full, design))));
    }

    static ReviewView view(Model model, Design design) {
        String name = model.name() != null ? model.name() : design.model() == null ? "design" : design.model();
        List<MermaidEntity> entities = model.entities().stream().map(e -> new MermaidEntity(MarkdownText.mermaidId(e.name()),
                e.attributes().stream().map(a -> MarkdownText.mermaidAttribute(a.type().json(), a.name(),
                        keyMarkers(model, e, a))).toList())).toList();
        List<String> relationships = model.relationships().stream().map(ReviewExporter::relationship).toList();
        List<PatternRow> patterns = design.accessPatterns().stream().map(p -> pattern(p, model)).toList();
        List<IndexRow> indexes = new ArrayList<>();
        for (Table t : design.tables()) {
            t.globalSecondaryIndexes().forEach(i -> indexes.add(index(t, i, "GSI")));
            t.localSecondaryIndexes().forEach(i -> indexes.add(index(t, i, "LSI")));
        }
        List<String> denormalizations = design.denormalizations().stream().map(ReviewExporter::denormalization).toList();
        List<String> warnings = design.warnings().stream().map(ReviewExporter::warning).toList();
        List<StepItem> steps = design.steps().stream().map(s -> new StepItem(s.n(), md(s.title()), md(stepText(s)))).toList();
        List<ReviewView.WriteProgram> programs = design.accessPatterns().stream().filter(p -> p.program() != null)
                .map(p -> new ReviewView.WriteProgram(md(p.id()), md(name(p, model)), ProgramText.lines(p.program()).stream()
                        .map(ReviewExporter::programLine).toList()))
                .toList();
        return new ReviewView(md(name), summary(model, design), !entities.isEmpty(), entities, relationships,
                design.tables().stream().map(ReviewExporter::keyChart).toList(), patterns, indexes, !indexes.isEmpty(),
                denormalizations, !denormalizations.isEmpty(), warnings, !warnings.isEmpty(), steps, !steps.isEmpty(),
                programs, !programs.isEmpty());
    }

    /** {@code PK} for an identifier, {@code FK} for a foreign key of a relationship, {@code UK} for a unique attribute. */
    static List<String> keyMarkers(Model model, Entity entity, Attribute attribute) {
        List<String> keys = new ArrayList<>();
        if (attribute.partOfIdentifier()) {
            keys.add("PK");
        }
        if (foreignKeys(model, entity).contains(attribute.name())) {
            keys.add("FK");
        }
        if (attribute.mustBeUnique()) {
            keys.add("UK");
        }
        return keys;
    }

    /** The entity's attributes that refer to a parent, as the model's parent links resolve them. */
    private static Set<String> foreignKeys(Model model, Entity entity) {
        Set<String> keys = new LinkedHashSet<>();
        ParentLinks.ofChild(model, entity.name()).forEach(l -> keys.addAll(l.childAttributes()));
        return keys;
    }

    private static List<String> summary(Model model, Design design) {
        List<String> lines = new ArrayList<>();
        int gsis = design.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size()).sum();
        int lsis = design.tables().stream().mapToInt(t -> t.localSecondaryIndexes().size()).sum();
        lines.add("Style: " + md((design.style() == null ? TableStyle.SINGLE_TABLE : design.style()).json()) + "; "
                + count(design.tables().size(), "table") + ": "
                + design.tables().stream().map(t -> MarkdownText.code(t.name())).collect(Collectors.joining(", ")));
        lines.add(count(model.entities().size(), "entity", "entities") + ", " + count(model.relationships().size(), "relationship")
                + ", " + count(design.accessPatterns().size(), "access pattern"));
        lines.add(count(gsis, "global secondary index", "global secondary indexes") + ", "
                + count(lsis, "local secondary index", "local secondary indexes"));
        long scans = design.accessPatterns().stream().filter(p -> "Scan".equals(p.operation())).count();
        lines.add(scans == 0 ? "Every access pattern is served without a Scan" : count((int) scans, "access pattern") + " need a Scan");
        if (design.cost() != null) {
            lines.add(String.format(Locale.ROOT, "Estimated monthly cost: $%.2f on demand, $%.2f provisioned, plus $%.2f storage (%.1f GB)",
                    design.cost().onDemandMonthly(), design.cost().provisionedMonthly(), design.cost().storageMonthly(),
                    design.cost().storageGb()));
        }
        lines.add("Encryption at rest with DynamoDB's default AWS-owned key, which costs nothing (the exports set no KMS key;"
                + " an AWS-managed or customer-managed KMS key would add KMS charges the estimate leaves out)");
        return lines;
    }

    private static String relationship(Relationship r) {
        String shape = switch (r.cardinality()) {
            case ONE_TO_ONE -> "||--||";
            case ONE_TO_MANY -> "||--o{";
            case MANY_TO_MANY -> "}o--o{";
        };
        String label = r.name() != null ? r.name() : r.cardinality().json();
        return MarkdownText.mermaidId(r.from()) + " " + shape + " " + MarkdownText.mermaidId(r.to()) + " : "
                + MarkdownText.mermaidLabel(label);
    }

    private static KeyChart keyChart(Table table) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(table.partitionKey().name());
        if (table.sortKey() != null) {
            keys.add(table.sortKey().name());
        }
        table.globalSecondaryIndexes().forEach(i -> addKeys(keys, i));
        table.localSecondaryIndexes().forEach(i -> addKeys(keys, i));
        String header = "| Entity | " + keys.stream().map(MarkdownText::text).collect(Collectors.joining(" | ")) + " |";
        String separator = "|---|" + "---|".repeat(keys.size());
        List<String> rows = table.items().stream().map(row -> {
            String entity = md(row.entity()) + (row.embeddedIn() != null ? " (in " + md(row.embeddedIn()) + ")"
                    : row.kind() != null && !"item".equals(row.kind()) ? " (" + md(row.kind()) + ")" : "");
            return "| " + entity + " | " + keys.stream().map(k -> row.keys().containsKey(k) ? MarkdownText.code(row.keys().get(k)) : "")
                    .collect(Collectors.joining(" | ")) + " |";
        }).toList();
        return new KeyChart(MarkdownText.code(table.name()), header, separator, rows);
    }

    private static void addKeys(Set<String> keys, SecondaryIndex index) {
        if (index.partitionKey() != null) {
            keys.add(index.partitionKey().name());
        }
        if (index.sortKey() != null) {
            keys.add(index.sortKey().name());
        }
    }

    /** "1. " numbering kept as Markdown, the request itself as a code span so templates show as written. */
    private static String programLine(String line) {
        int dot = line.indexOf(". ");
        String indent = line.startsWith("   ") ? "    " : "";
        String marker = line.strip().substring(0, line.strip().indexOf(". ") + 1);
        String text = line.substring(dot + 2);
        return indent + (indent.isEmpty() ? marker : "-") + " " + (text.endsWith(":") ? md(text) : MarkdownText.code(text));
    }

    private static String name(PatternPlan plan, Model model) {
        return model.accessPatterns().stream().filter(p -> p.id().equals(plan.id())).map(AccessPattern::nameOrEmpty)
                .findFirst().orElse("");
    }

    private static PatternRow pattern(PatternPlan plan, Model model) {
        String name = name(plan, model);
        String units = plan.readUnits() != null ? format(plan.readUnits()) + " RCU"
                : plan.writeUnits() != null ? format(plan.writeUnits()) + " WCU" : "";
        String cost = plan.monthlyCost() == null ? "" : String.format(Locale.ROOT, "$%.2f", plan.monthlyCost());
        String operation = plan.operation() == null ? "" : plan.operation();
        if (plan.requests() != null) {
            operation += " (" + plan.requests().size() + " requests)";
        }
        return new PatternRow(md(plan.id()), md(name), md(operation),
                plan.index() == null ? "table" : MarkdownText.code(plan.index()), keyCondition(plan), units, cost,
                md(plan.verdict() == null ? "" : plan.verdict()));
    }

    static String keyCondition(PatternPlan plan) {
        if (plan.keyCondition() == null || plan.keyCondition().isEmpty()) {
            return "";
        }
        return plan.keyCondition().entrySet().stream().map(e -> condition(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" AND "));
    }

    private static String condition(String key, KeyCondition c) {
        String k = MarkdownText.code(key);
        if (c.value() instanceof List<?> range && range.size() == 2) {
            return k + " between " + MarkdownText.code(String.valueOf(range.get(0))) + " and "
                    + MarkdownText.code(String.valueOf(range.get(1)));
        }
        return k + " " + md(c.op() == null ? "=" : c.op()) + " " + MarkdownText.code(String.valueOf(c.value()));
    }

    private static IndexRow index(Table table, SecondaryIndex index, String kind) {
        String projection = index.projection() == null ? "ALL" : md(nz(index.projection().type()))
                + (index.projection().nonKeyAttributes() == null ? "" : " (" + index.projection().nonKeyAttributes()
                        .stream().map(MarkdownText::code).collect(Collectors.joining(", ")) + ")");
        return new IndexRow(MarkdownText.code(table.name()), MarkdownText.code(index.name()), kind,
                index.partitionKey() == null ? MarkdownText.code(table.partitionKey().name()) : MarkdownText.code(index.partitionKey().name()),
                index.sortKey() == null ? "" : MarkdownText.code(index.sortKey().name()), projection);
    }

    private static String denormalization(Denormalization d) {
        StringBuilder s = new StringBuilder("**").append(md(nz(d.kind()))).append("** ").append(md(nz(d.entity())));
        if (d.attributes() != null && !d.attributes().isEmpty()) {
            s.append(": ").append(d.attributes().stream().map(MarkdownText::code).collect(Collectors.joining(", ")));
        }
        if (d.source() != null) {
            s.append(" from ").append(md(d.source()));
        }
        if (d.patterns() != null && !d.patterns().isEmpty()) {
            s.append(" for ").append(d.patterns().stream().map(ReviewExporter::md).collect(Collectors.joining(", ")));
        }
        s.append('.');
        if (d.reason() != null) {
            s.append(' ').append(md(sentence(d.reason())));
        }
        if (d.writeCost() != null) {
            s.append(" Write cost: ").append(md(sentence(d.writeCost())));
        }
        return s.toString();
    }

    private static String warning(Warning w) {
        return "**" + md(nz(w.severity()).toUpperCase(Locale.ROOT)) + "** " + (w.target() == null ? "" : md(w.target()) + ": ")
                + md(sentence(nz(w.message()))) + (w.remedy() == null ? "" : " Remedy: " + md(sentence(w.remedy())));
    }

    private static String stepText(Step s) {
        StringBuilder text = new StringBuilder(nz(s.explanation()));
        if (s.changes() != null && !s.changes().isEmpty()) {
            text.append(" Changes: ").append(String.join("; ", s.changes())).append('.');
        }
        return text.toString();
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    private static String format(double units) {
        return units == Math.rint(units) ? Long.toString((long) units) : String.format(Locale.ROOT, "%.1f", units);
    }

    private static String md(String text) {
        return MarkdownText.text(text == null ? "" : text);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
