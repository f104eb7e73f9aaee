package io.keysmith.export.cdk;

import io.keysmith.export.CloudFormationText;
import io.keysmith.export.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TypeScript expression of a name the stack hands to CloudFormation (table, attribute, index):
 * a string literal, or for a name holding {@code ${} a module constant {@code Fn.sub} of its
 * {@link CloudFormationText#dollarBody} form, so the synthesized template deploys it literally and
 * cfn-lint neither reads a substitution in it (E1029) nor calls the Fn::Sub unneeded (W1020). One
 * constant per distinct name: CDK matches attribute definitions by the name's string, and each
 * {@code Fn.sub} call is a new token.
 */
final class CdkNames {

    /** A constant of the stack file: {@code const id = Fn.sub(body);}. */
    record Substituted(String id, String body) {
    }

    private final Map<String, Substituted> substituted = new LinkedHashMap<>();

    String of(String name) {
        if (!CloudFormationText.needsSub(name)) {
            return SourceText.typescript(name);
        }
        return substituted.computeIfAbsent(name, n -> new Substituted("LITERAL_NAME_" + (substituted.size() + 1),
                SourceText.typescript(CloudFormationText.dollarBody(n)))).id();
    }

    List<Substituted> substituted() {
        return new ArrayList<>(substituted.values());
    }
}
