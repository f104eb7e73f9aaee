package io.keysmith.export.iam;

import java.util.List;

/**
 * A least-privilege IAM policy for one application role: statements of DynamoDB actions on a
 * table or one of its indexes, optionally limited to the partitions of the caller's own tenant or
 * user. Plain data; each export quotes it for its own syntax.
 *
 * @param role the role's file name ({@code reader}, {@code writer}, {@code tenant-writer})
 * @param description what the role may do, one sentence
 * @param patterns the access pattern ids the policy serves
 * @param statements sorted by table, then table before its indexes
 */
public record IamPolicy(String role, String description, List<String> patterns, List<Statement> statements) {

    public IamPolicy {
        patterns = List.copyOf(patterns);
        statements = List.copyOf(statements);
    }

    /**
     * Allowed actions ({@code dynamodb:GetItem}) on one table or index, for the given patterns;
     * {@code leadingKeys} (empty for none) are the partition key values allowed, with IAM policy
     * variables such as {@code ${aws:PrincipalTag/tenantId}}.
     */
    public record Statement(String sid, List<String> actions, String table, String index, List<String> leadingKeys,
            List<String> patterns) {

        public Statement {
            actions = List.copyOf(actions);
            leadingKeys = List.copyOf(leadingKeys);
            patterns = List.copyOf(patterns);
        }

        public boolean scoped() {
            return !leadingKeys.isEmpty();
        }
    }
}
