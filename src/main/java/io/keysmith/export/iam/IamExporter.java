package io.keysmith.export.iam;

import io.keysmith.design.Design;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.JsonText;
import io.keysmith.export.MarkdownText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.iam.IamView.Item;
import io.keysmith.export.iam.IamView.PolicyView;
import io.keysmith.export.iam.IamView.ScopeView;
import io.keysmith.export.iam.IamView.StatementView;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code iam/ROLE.json} (an IAM policy document per role, ARNs with {@code ${Partition}},
 * {@code ${Region}} and {@code ${AccountId}} placeholders) and {@code iam/README.md}.
 */
public final class IamExporter {

    /** The ARN of a table, with the placeholders the README tells the user to replace. */
    static final String TABLE_ARN = "arn:${Partition}:dynamodb:${Region}:${AccountId}:table/";

    private final TemplateRenderer renderer;

    public IamExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design) {
        List<IamPolicy> policies = IamPolicies.of(model, design);
        List<PolicyView> views = policies.stream().map(IamExporter::view).toList();
        List<ExportedFile> files = new ArrayList<>();
        for (PolicyView view : views) {
            files.add(new ExportedFile("iam/" + view.role() + ".json", renderer.render("iam/policy.json.mustache", view)));
        }
        Map<String, ScopeView> scopes = new LinkedHashMap<>();
        new LeadingKeyScope(model).scopes().forEach(s -> scopes.put(s.name(), new ScopeView(MarkdownText.code(s.name()),
                String.join(", ", s.identifierNames().stream().map(MarkdownText::code).toList()))));
        String name = model != null && model.name() != null ? model.name() : design.model() == null ? "" : design.model();
        files.add(new ExportedFile("iam/README.md", renderer.render("iam/README.md.mustache",
                new IamView(MarkdownText.text(name), views, List.copyOf(scopes.values())))));
        return files;
    }

    private static PolicyView view(IamPolicy policy) {
        List<StatementView> statements = new ArrayList<>();
        for (int i = 0; i < policy.statements().size(); i++) {
            IamPolicy.Statement s = policy.statements().get(i);
            String arn = TABLE_ARN + s.table() + (s.index() == null ? "" : "/index/" + s.index());
            statements.add(new StatementView(JsonText.quote(s.sid()), items(s.actions(), JsonText::quote),
                    items(List.of(arn), JsonText::quote), s.scoped(), items(s.leadingKeys(), JsonText::quote),
                    String.join(", ", s.patterns()),
                    MarkdownText.code(s.table()) + (s.index() == null ? "" : " index " + MarkdownText.code(s.index())),
                    String.join(", ", s.actions().stream().map(a -> a.substring("dynamodb:".length())).toList())
                            + (s.scoped() ? " where the partition key is " + String.join(" or ",
                                    s.leadingKeys().stream().map(MarkdownText::code).toList()) : ""),
                    i == policy.statements().size() - 1));
        }
        return new PolicyView("iam/" + policy.role() + ".json", policy.role(), MarkdownText.text(policy.description()),
                String.join(", ", policy.patterns()), statements);
    }

    static List<Item> items(List<String> values, Function<String, String> quote) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            items.add(new Item(quote.apply(values.get(i)), i == values.size() - 1));
        }
        return items;
    }
}
