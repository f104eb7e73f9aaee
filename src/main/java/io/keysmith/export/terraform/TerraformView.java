package io.keysmith.export.terraform;

import java.util.List;

/**
 * What the Terraform templates print: HCL-quoted values and argument names already padded so
 * that the {@code =} signs of each run of arguments line up as {@code terraform fmt} aligns them.
 */
record TerraformView(List<TableView> tables) {

    record TableView(String resource, String variable, List<Argument> arguments, List<Block> attributes,
            List<Block> globalIndexes, List<Block> localIndexes, String ttlAttribute, List<Argument> tags,
            String defaultName, List<Argument> variableArguments, List<Output> outputs, boolean first) {
    }

    /** A nested block ({@code attribute}, {@code global_secondary_index}) as aligned arguments. */
    record Block(List<Argument> arguments) {
    }

    record Argument(String key, String value) {
    }

    record Output(String name, String description, String value, boolean first) {
    }
}
