package io.keysmith.export.seed;

import java.util.List;

/** What the seed templates print: JSON-quoted table names and items already encoded as DynamoDB JSON. */
record SeedView(List<TableItems> tables) {

    record TableItems(String name, List<Line> items, boolean last) {
    }

    record Line(String json, boolean last) {
    }

    /** For the README: table names, file names and counts as Markdown text. */
    record Readme(String model, long seed, int instances, int items, List<String> requestFiles, List<String> importFiles,
            String firstRequestFile, List<Import> imports) {
    }

    /** One table's S3 import: its data file and the TableCreationParameters file (names are DynamoDB-safe). */
    record Import(String table, String dataFile, String parametersFile, boolean hasLsis) {
    }
}
