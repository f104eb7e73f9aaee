package io.keysmith.export.terraform;

import io.keysmith.design.Design;
import io.keysmith.export.HclText;
import io.keysmith.export.terraform.TerraformView.Policy;
import io.keysmith.export.terraform.TerraformView.Statement;
import io.keysmith.export.iam.IamPolicies;
import io.keysmith.export.iam.IamPolicy;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The design's IAM policies as {@code aws_iam_policy} resources on the module's own tables. */
final class TerraformPolicies {

    private TerraformPolicies() {
    }

    static List<Policy> of(Model model, Design design, Map<String, String> tables) {
        String prefix = io.keysmith.export.StackNames.of(design);
        Set<String> names = new HashSet<>();
        List<Policy> out = new ArrayList<>();
        for (IamPolicy policy : IamPolicies.of(model, design)) {
            Map<String, String> args = new LinkedHashMap<>();
            args.put("name_prefix", TerraformExporter.q(prefix + "-" + policy.role() + "-"));
            args.put("description", TerraformExporter.q(policy.description()));
            List<Statement> statements = new ArrayList<>();
            for (IamPolicy.Statement s : policy.statements()) {
                String arn = "aws_dynamodb_table." + tables.get(s.table()) + ".arn";
                Map<String, String> st = new LinkedHashMap<>();
                st.put("Sid", TerraformExporter.q(s.sid()));
                st.put("Effect", TerraformExporter.q("Allow"));
                st.put("Action", list(s.actions().stream().map(HclText::quote).toList()));
                st.put("Resource", "[" + (s.index() == null ? arn : HclText.referenceThen(arn, "/index/" + s.index())) + "]");
                statements.add(new Statement(TerraformExporter.aligned(st), s.scoped(),
                        list(s.leadingKeys().stream().map(HclText::quote).toList())));
            }
            out.add(new Policy(TerraformExporter.unique(HclText.identifier(policy.role()), names), TerraformExporter.aligned(args),
                    statements));
        }
        return out;
    }

    private static String list(List<String> quoted) {
        return "[" + String.join(", ", quoted) + "]";
    }
}
