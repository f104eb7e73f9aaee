package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.program.ProgramText;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One row per access pattern, named as the user named it: its entity (a link to the entity's key
 * templates), the operation on which table or index with its key condition, units and cost per
 * month, and the verdict; a write's row opens to its program. Kept across designs (rows updated in
 * place, so the view does not jump while the user types); the plans an edit changed are marked.
 */
final class PlansGrid extends Grid<PatternPlan> {

    /** Up to this many plans the grid is as tall as its rows. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 40;

    private Map<String, String> names = Map.of();
    private Map<String, String> entities = Map.of();
    private DesignChanges changes = DesignChanges.NONE;
    private List<PatternPlan> plans = List.of();
    private String wanted;
    /** The rows, known by pattern id: a new design sends the browser only the rows whose plan, name or mark changed. */
    private final List<PatternPlan> rows = new ArrayList<>();
    private final ListDataProvider<PatternPlan> provider = new ListDataProvider<>(rows) {
        @Override
        public Object getId(PatternPlan plan) {
            return plan.id();
        }
    };

    /** {@code showEntity} gets an entity name, {@code editPattern} a pattern id, when the user clicks one. */
    PlansGrid(Consumer<String> showEntity, Consumer<String> editPattern) {
        setId("plans");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // drawn in the browser: a large model's grid makes no component per row
        addColumn(LitRenderer.<PatternPlan>of("""
                <div class="ks-plan-pattern"><span class="ks-plan-id ks-link" role="link" title="Edit ${item.id} in the editor" \
                @click=${editPattern}>${item.id}</span> \
                <span class="ks-plan-name">${item.name}</span></div>\
                <span class="ks-badge ks-link ${item.badge}" ?hidden=${!item.entity} role="link" title="Show the keys of ${item.entity}" \
                @click=${showEntity}>${item.entity}</span>""")
                .withProperty("id", PatternPlan::id)
                .withProperty("name", p -> names.getOrDefault(p.id(), ""))
                .withProperty("entity", p -> entities.getOrDefault(p.id(), ""))
                .withProperty("badge", p -> "ks-entity-" + Math.floorMod(Objects.hashCode(entities.get(p.id())), 8))
                .withFunction("showEntity", p -> showEntity.accept(entities.get(p.id())))
                .withFunction("editPattern", p -> editPattern.accept(p.id())))
                .setHeader("Access pattern").setFlexGrow(2);
        addColumn(LitRenderer.<PatternPlan>of("""
                <div class="ks-plan-op">${item.operation}</div><div class="ks-plan-where">${item.where}</div>\
                <div class="ks-key ks-plan-key">${item.key}</div>""")
                .withProperty("operation", p -> p.operation() == null ? "" : p.operation())
                .withProperty("where", p -> p.index() == null ? p.table() : p.table() + " / " + p.index())
                .withProperty("key", PlansGrid::keyCondition))
                .setHeader("Request").setFlexGrow(3);
        addColumn(LitRenderer.<PatternPlan>of("<div>${item.units}</div><div class=\"ks-muted\">${item.cost}</div>")
                .withProperty("units", PlansGrid::units)
                .withProperty("cost", p -> p.monthlyCost() == null ? "" : CostCards.money(p.monthlyCost()) + " / month"))
                .setHeader("Units · cost").setAutoWidth(true).setFlexGrow(0);
        addColumn(p -> p.verdict() == null ? "" : p.verdict()).setHeader("Verdict").setFlexGrow(4);
        // a write's row opens on click to show its program: the exact requests, as the live check runs them
        setItemDetailsRenderer(new ComponentRenderer<>(PlansGrid::program));
        // only a write has a program: a read's row (also one selected from the editor) opens no empty band
        setDetailsVisibleOnClick(false);
        addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().program() != null) {
                setDetailsVisible(e.getItem(), !isDetailsVisible(e.getItem()));
            }
        });
        setPartNameGenerator(p -> changes.planChanged(p.id()) ? DesignPanel.FRESH : null);
        setItems(provider);
    }

    /** Shows a design's plans; {@code names} and {@code entities} come from the model, by pattern id. */
    void show(List<PatternPlan> shown, Map<String, String> patternNames, Map<String, String> patternEntities,
            DesignChanges changed) {
        Map<String, String> oldNames = names;
        Map<String, String> oldEntities = entities;
        DesignChanges oldChanges = changes;
        names = patternNames;
        entities = patternEntities;
        changes = changed;
        plans = shown;
        List<String> ids = shown.stream().map(PatternPlan::id).toList();
        if (!ids.equals(rows.stream().map(PatternPlan::id).toList()) || new HashSet<>(ids).size() != ids.size()) {
            rows.clear();
            rows.addAll(shown);
            provider.refreshAll();
        } else {
            for (int i = 0; i < shown.size(); i++) {
                PatternPlan plan = shown.get(i);
                String id = plan.id();
                // a row marked by the last edit is sent again too, to lose its mark
                boolean differs = !plan.equals(rows.get(i)) || changed.planChanged(id) || oldChanges.planChanged(id)
                        || !Objects.equals(oldNames.get(id), patternNames.get(id))
                        || !Objects.equals(oldEntities.get(id), patternEntities.get(id));
                rows.set(i, plan);
                if (differs) {
                    provider.refreshItem(plan);
                }
            }
        }
        shown.stream().filter(p -> p.id().equals(wanted)).findFirst().ifPresent(this::select);
        // a grid as tall as all its rows draws only the first page of them (blank rows past 50 on large
        // models); past a screenful it scrolls, loading the rows it shows
        boolean fits = shown.size() <= ALL_ROWS_VISIBLE_UP_TO;
        setAllRowsVisible(fits);
        setHeight(fits ? null : "36rem");
    }

    /** Brings a pattern's plan on screen and selects it: the other end of a link from an entity's keys or the editor. */
    void reveal(String id) {
        wanted = id;
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).id().equals(id)) {
                select(plans.get(i));
                getElement().executeJs("""
                        this.scrollToIndex($0);
                        setTimeout(() => {
                          const row = [...this.shadowRoot.querySelectorAll('tbody tr')].find(r => r.index === $0);
                          (row || this).scrollIntoView({block: 'nearest', behavior: 'smooth'});
                        }, 50);""", i);
                return;
            }
        }
    }

    static String keyCondition(PatternPlan p) {
        if (p.keyCondition() == null) {
            return "";
        }
        return p.keyCondition().entrySet().stream().map(e -> e.getKey() + " " + condition(e.getValue()))
                .collect(Collectors.joining(" AND "));
    }

    private static String condition(KeyCondition c) {
        if (c.value() instanceof List<?> range && range.size() == 2) {
            return c.op() + " " + range.get(0) + " AND " + range.get(1);
        }
        return c.op() + " " + c.value();
    }

    private static Component program(PatternPlan p) {
        if (p.program() == null) {
            return new Span();
        }
        Pre lines = new Pre(String.join("\n", ProgramText.lines(p.program())));
        lines.addClassName("program");
        lines.getElement().setAttribute("aria-label", "Requests of " + p.id());
        return lines;
    }

    private static String units(PatternPlan p) {
        if (p.readUnits() != null && p.readUnits() > 0) {
            return String.format(Locale.ROOT, "%.1f RCU", p.readUnits());
        }
        return p.writeUnits() == null ? "" : String.format(Locale.ROOT, "%.1f WCU", p.writeUnits());
    }
}
