package io.keysmith.export.electrodb;

import io.keysmith.design.Design;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.PresentWhen;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.MarkdownText;
import io.keysmith.export.SourceText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.electrodb.ElectroDbView.EntityView;
import io.keysmith.export.electrodb.ElectroDbView.IndexView;
import io.keysmith.export.electrodb.ElectroDbView.KeyView;
import io.keysmith.export.electrodb.ElectroDbView.Line;
import io.keysmith.export.electrodb.ElectroDbView.PatternView;
import io.keysmith.export.electrodb.ElectroDbView.ServiceView;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an ElectroDB package under {@code electrodb/}: {@code src/entities.ts} (entities and
 * services), {@code src/usage.ts} (the call of every access pattern), a README saying what
 * ElectroDB cannot express, and the files that type-check it with pinned packages.
 */
public final class ElectroDbExporter {

    private final TemplateRenderer renderer;

    public ElectroDbExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        if (model == null) {
            throw new ExportException("cannot export ElectroDB entities without the model: their attributes come from it");
        }
        ElectroDbView view = view(model, design);
        List<ExportedFile> files = new ArrayList<>();
        files.add(file("src/entities.ts", "electrodb/entities.ts.mustache", view));
        files.add(file("src/usage.ts", "electrodb/usage.ts.mustache", view));
        files.add(file("package.json", "electrodb/package.json.mustache", view));
        files.add(file("tsconfig.json", "electrodb/tsconfig.json.mustache", view));
        files.add(file("README.md", "electrodb/README.md.mustache", view));
        return files;
    }

    private ExportedFile file(String path, String template, ElectroDbView view) {
        return new ExportedFile("electrodb/" + path, renderer.render(template, view));
    }

    static ElectroDbView view(Model model, Design design) {
        ElectroEntities entities = new ElectroEntities(model, design);
        List<String> notes = new ArrayList<>(entities.notes());
        List<EntityView> views = new ArrayList<>();
        boolean padded = false;
        for (ElectroEntity e : entities.entities()) {
            views.add(entity(model.entity(e.entity()).orElseThrow(), e));
            padded |= !e.padded().isEmpty();
        }
        List<ServiceView> services = new ArrayList<>();
        for (String table : tables(entities)) {
            List<String> members = entities.entities().stream().filter(e -> e.table().equals(table))
                    .map(ElectroEntity::variable).toList();
            services.add(new ServiceView(serviceVariable(entities, table), SourceText.comment(table), String.join(", ", members)));
        }
        PatternCalls calls = new PatternCalls(entities);
        PatternWrites writes = new PatternWrites(entities, model);
        List<PatternView> patterns = new ArrayList<>();
        for (AccessPattern p : model.accessPatterns()) {
            PatternPlan plan = design.accessPatterns().stream().filter(x -> x.id().equals(p.id())).findFirst().orElse(null);
            List<String> body;
            try {
                if (plan == null) {
                    throw new ElectroDbNotExpressible("the design has no plan for it");
                }
                body = p.isRead() ? calls.read(p, plan) : writes.write(p);
            } catch (ElectroDbNotExpressible e) {
                notes.add(p.id() + " (" + p.name() + "): " + e.getMessage());
                body = List.of("throw new Error(" + PatternCalls.lit(p.id() + " is not expressible with ElectroDB: "
                        + e.getMessage()) + ");");
            }
            String verdict = plan == null || plan.verdict() == null ? "" : plan.verdict();
            // the call that writes (a transaction, or the one request) rather than the read before it
            String first = body.stream().filter(l -> l.contains("transact(") || l.contains("refusedIfConditionFails(")).findFirst()
                    .orElse(body.stream().filter(l -> l.contains(".go(")).findFirst().orElse(body.get(0)));
            patterns.add(new PatternView(PatternCalls.lit(p.id()), SourceText.comment(p.id() + ": " + p.nameOrEmpty()),
                    SourceText.comment(verdict), body, MarkdownText.text(p.id()), MarkdownText.text(p.nameOrEmpty()),
                    MarkdownText.code(first.length() > 160 ? first.substring(0, 157) + "..." : first)));
        }
        String name = model.name() == null ? "" : model.name();
        return new ElectroDbView(packageName(design), SourceText.comment(name), MarkdownText.text(name), padded, views,
                services, patterns, notes.stream().map(MarkdownText::text).toList(), names(entities), ElectroDbVersions.PINNED);
    }

    private static Set<String> tables(ElectroEntities entities) {
        Set<String> out = new LinkedHashSet<>();
        entities.entities().forEach(e -> out.add(e.table()));
        return out;
    }

    static String serviceVariable(ElectroEntities entities, String table) {
        List<String> all = new ArrayList<>(tables(entities));
        return PatternCalls.lit(all.size() == 1 ? "main" : "table" + (all.indexOf(table) + 1));
    }

    private static EntityView entity(Entity model, ElectroEntity e) {
        List<Line> attributes = new ArrayList<>();
        for (String a : e.attributes()) {
            Attribute attribute = model.attribute(a).orElse(null);
            String name = e.names().get(a);
            String type = attribute == null ? "\"any\"" : type(attribute);
            String field = name.equals(a) ? "" : ", field: " + PatternCalls.lit(a);
            attributes.add(new Line(PatternCalls.lit(name), "{ type: " + type + field + " }"));
        }
        e.padded().forEach((name, p) -> attributes.add(new Line(PatternCalls.lit(name),
                "{ type: \"string\", hidden: true, watch: [" + PatternCalls.lit(e.names().get(p.attribute()))
                        + "], set: (_: unknown, item: any) => item[" + PatternCalls.lit(e.names().get(p.attribute()))
                        + "] === undefined ? undefined : keysmithNumber(item[" + PatternCalls.lit(e.names().get(p.attribute()))
                        + "], " + p.width() + ") }")));
        List<IndexView> indexes = new ArrayList<>();
        for (ElectroEntity.Index i : e.indexes()) {
            indexes.add(new IndexView(PatternCalls.lit(i.key()), i.index() == null ? null : PatternCalls.lit(i.index()),
                    i.collection() == null ? null : PatternCalls.lit(i.collection()), condition(e, i.when()),
                    key(e, i.pkField(), i.pk()), i.sk() == null ? null : key(e, i.skField(), i.sk())));
        }
        String name = e.marker() ? e.variable() : e.entity();
        String comment = e.marker() ? SourceText.comment(e.row().description() == null ? "lookup item of " + e.entity()
                : e.entity() + ": " + e.row().description()) : SourceText.comment(e.entity());
        return new EntityView(e.variable(), PatternCalls.lit(name), comment, PatternCalls.lit(e.table()), attributes, indexes);
    }

    private static String condition(ElectroEntity e, PresentWhen when) {
        if (when == null || e.names().get(when.attribute()) == null) {
            return null;
        }
        String attr = "attr[" + PatternCalls.lit(e.names().get(when.attribute())) + "]";
        return "(attr) => " + ("exists".equals(when.op()) ? attr + " !== undefined"
                : attr + " === " + PatternCalls.constant(when.value()));
    }

    private static KeyView key(ElectroEntity e, String field, KeyTemplate template) {
        StringBuilder text = new StringBuilder();
        List<String> composite = new ArrayList<>();
        for (KeyTemplate.Part part : template.parts()) {
            switch (part) {
                case KeyTemplate.Literal l -> text.append(l.text());
                case KeyTemplate.Placeholder p -> {
                    String name = e.composite(p);
                    text.append("${").append(name).append("}");
                    composite.add(PatternCalls.lit(name));
                }
                case KeyTemplate.Shard sh -> throw new ElectroDbNotExpressible("key " + field + " is write-sharded");
            }
        }
        return new KeyView(PatternCalls.lit(field), String.join(", ", composite), PatternCalls.lit(text.toString()));
    }

    private static String type(Attribute a) {
        return switch (a.type()) {
            case STRING, DATETIME, DATE -> "\"string\"";
            case NUMBER -> "\"number\"";
            case BOOLEAN -> "\"boolean\"";
            case STRING_SET -> "\"set\", items: \"string\"";
            case NUMBER_SET -> "\"set\", items: \"number\"";
            case BINARY, MAP, LIST -> "\"any\"";
        };
    }

    /** For {@code toElectro}/{@code found}: each entity's model names that differ from ElectroDB's, as TS. */
    private static String names(ElectroEntities entities) {
        List<String> out = new ArrayList<>();
        for (ElectroEntity e : entities.entities()) {
            List<String> pairs = new ArrayList<>();
            e.names().forEach((model, electro) -> {
                if (!model.equals(electro)) {
                    pairs.add(PatternCalls.lit(electro) + ": " + PatternCalls.lit(model));
                }
            });
            List<String> padded = new ArrayList<>();
            e.padded().forEach((name, p) -> padded.add(PatternCalls.lit(name) + ": [" + PatternCalls.lit(p.attribute()) + ", "
                    + p.width() + "]"));
            out.add(PatternCalls.lit(e.variable()) + ": { entity: " + PatternCalls.lit(e.entity()) + ", names: { "
                    + String.join(", ", pairs) + " }, padded: { " + String.join(", ", padded) + " } }");
        }
        return String.join(",\n  ", out);
    }

    private static String packageName(Design design) {
        String base = design.tables().get(0).name().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "table" : base) + "-electrodb";
    }
}
