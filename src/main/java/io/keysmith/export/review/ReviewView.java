package io.keysmith.export.review;

import java.util.List;

/** What the review template prints; every cell is escaped Markdown, every diagram name a safe Mermaid token. */
record ReviewView(String title, List<String> summary, boolean hasEntities, List<MermaidEntity> entities,
        List<String> relationships, List<KeyChart> keyCharts, List<PatternRow> patterns, List<IndexRow> indexes,
        boolean hasIndexes, List<String> denormalizations, boolean hasDenormalizations, List<String> warnings,
        boolean hasWarnings, List<StepItem> steps, boolean hasSteps, List<WriteProgram> programs, boolean hasPrograms) {

    /** The requests of one write pattern, one line each, as code spans. */
    record WriteProgram(String id, String name, List<String> lines) {
    }

    record MermaidEntity(String id, List<String> attributes) {
    }

    /** One table's key chart: a header row and one row per stored entity. */
    record KeyChart(String table, String header, String separator, List<String> rows) {
    }

    record PatternRow(String id, String name, String operation, String index, String keyCondition, String units,
            String cost, String verdict) {
    }

    record IndexRow(String table, String name, String kind, String partitionKey, String sortKey, String projection) {
    }

    record StepItem(int n, String title, String explanation) {
    }
}
