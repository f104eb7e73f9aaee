package io.keysmith.export.terraform;

import java.util.List;

/**
 * What the Terraform templates print: HCL-quoted values and argument names already padded so
 * that the {@code =} signs of each run of arguments line up as {@code terraform fmt} aligns them.
 */
record TerraformView(List<TableView> tables, List<Scaling> scaling, List<Policy> policies) {

    record TableView(String resource, String variable, List<Argument> arguments, List<Block> attributes,
            List<Block> globalIndexes, List<Block> localIndexes, String ttlAttribute, List<Argument> tags,
            String defaultName, List<Argument> variableArguments, List<Output> outputs, boolean first,
            boolean provisioned) {
    }

    /** A nested block ({@code attribute}, {@code global_secondary_index}) as aligned arguments. */
    record Block(List<Argument> arguments) {
    }

    record Argument(String key, String value) {
    }

    record Output(String name, String description, String value, boolean first) {
    }

    /** An {@code aws_appautoscaling_target} and its target-tracking {@code aws_appautoscaling_policy}. */
    record Scaling(String resource, List<Argument> target, List<Argument> policy, String metric, int targetValue) {
    }

    /** An {@code aws_iam_policy} whose document is written with {@code jsonencode}. */
    record Policy(String resource, List<Argument> arguments, List<Statement> statements) {
    }

    /** One statement: aligned Sid, Effect, Action and Resource, and the LeadingKeys values when scoped. */
    record Statement(List<Argument> arguments, boolean scoped, String leadingKeys) {
    }
}
