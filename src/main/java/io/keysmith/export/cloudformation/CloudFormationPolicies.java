package io.keysmith.export.cloudformation;

import io.keysmith.design.Design;
import io.keysmith.export.LogicalIds;
import io.keysmith.export.cloudformation.CloudFormationView.Named;
import io.keysmith.export.cloudformation.CloudFormationView.PolicyView;
import io.keysmith.export.cloudformation.CloudFormationView.ResourceView;
import io.keysmith.export.cloudformation.CloudFormationView.StatementView;
import io.keysmith.export.iam.IamPolicies;
import io.keysmith.export.iam.IamPolicy;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The design's IAM policies as {@code AWS::IAM::ManagedPolicy} resources on the template's own tables. */
final class CloudFormationPolicies {

    private CloudFormationPolicies() {
    }

    static List<PolicyView> of(Model model, Design design, Map<String, String> tableIds, Set<String> ids,
            UnaryOperator<String> quote, UnaryOperator<String> text) {
        List<IamPolicy> policies = IamPolicies.of(model, design);
        List<PolicyView> out = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            IamPolicy policy = policies.get(p);
            List<StatementView> statements = new ArrayList<>();
            for (int i = 0; i < policy.statements().size(); i++) {
                IamPolicy.Statement s = policy.statements().get(i);
                List<Named> actions = CloudFormationExporter.lastFlags(s.actions(), a -> new Named(quote.apply(a), null, false));
                List<Named> keys = CloudFormationExporter.lastFlags(s.leadingKeys(), k -> new Named(policyVariables(k, text), null, false));
                statements.add(new StatementView(quote.apply(s.sid()), actions,
                        List.of(new ResourceView(tableIds.get(s.table()), s.index() == null ? null : quote.apply(s.index()), true)),
                        s.scoped(), keys, i == policy.statements().size() - 1));
            }
            String id = LogicalIds.unique(policy.role() + "-policy", ids);
            out.add(new PolicyView(id, text.apply(policy.description()), statements, p == policies.size() - 1));
        }
        return out;
    }

    /**
     * The leading key as a plain string with its IAM policy variables ({@code ${aws:PrincipalTag/tenantId}})
     * kept for IAM, not CloudFormation: the text quoting writes every {@code ${} as {@code ${!}, and a
     * leading key has no other {@code ${} (a literal {@code $} in it is already IAM's {@code ${$}}).
     */
    private static String policyVariables(String key, UnaryOperator<String> text) {
        return text.apply(key).replace("${!", "${");
    }
}
