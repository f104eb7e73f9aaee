package io.keysmith.export.code;

import io.keysmith.export.SourceText;
import io.keysmith.export.code.CodeView.Snippet;
import io.keysmith.export.code.Request.Part;
import io.keysmith.export.code.Request.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Writes a {@link Request} as Java (AWS SDK v2), TypeScript (AWS SDK v3) or Python (boto3) source lines. */
enum Languages {
    JAVA, TYPESCRIPT, PYTHON;

    Snippet snippet(Request r, String function) {
        List<String> ids = Identifiers.all(r.parameters(), this == PYTHON);
        Map<String, String> parameter = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            parameter.put(r.parameters().get(i), ids.get(i));
        }
        String op = switch (r.operation()) {
            case "BatchGetItem" -> "GetItem";
            case "TransactWriteItems" -> "PutItem";
            default -> r.operation();
        };
        List<String> lines = new ArrayList<>();
        Map<String, String> args = new java.util.LinkedHashMap<>();
        args.put("TableName", quote(r.table()));
        if (r.index() != null && (op.equals("Query") || op.equals("Scan"))) {
            args.put("IndexName", quote(r.index()));
        }
        if (r.keyConditionExpression() != null && op.equals("Query")) {
            args.put("KeyConditionExpression", quote(r.keyConditionExpression()));
        }
        if (r.filterExpression() != null && (op.equals("Query") || op.equals("Scan"))) {
            args.put("FilterExpression", quote(r.filterExpression()));
        }
        if (r.updateExpression() != null && op.equals("UpdateItem")) {
            args.put("UpdateExpression", quote(r.updateExpression()));
        }
        if (!r.key().isEmpty()) {
            args.put("Key", map(r.key(), parameter));
        }
        if (!r.item().isEmpty() && op.equals("PutItem")) {
            args.put("Item", map(r.item(), parameter));
        }
        if (!r.names().isEmpty()) {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            r.names().forEach((k, v) -> names.put(quote(k), quote(v)));
            args.put("ExpressionAttributeNames", literalMap(names));
        }
        if (!r.values().isEmpty()) {
            args.put("ExpressionAttributeValues", map(r.values(), parameter));
        }
        if (r.scanIndexForward() != null && op.equals("Query")) {
            args.put("ScanIndexForward", bool(r.scanIndexForward()));
        }
        if (r.consistentRead() != null && !op.endsWith("Item") || (r.consistentRead() != null && op.equals("GetItem"))) {
            args.put("ConsistentRead", bool(r.consistentRead()));
        }
        if (r.limit() != null && (op.equals("Query") || op.equals("Scan"))) {
            args.put("Limit", r.limit().toString());
        }
        switch (this) {
            case JAVA -> {
                String call = Character.toLowerCase(op.charAt(0)) + op.substring(1);
                lines.add("return dynamoDb." + call + "(" + op + "Request.builder()");
                args.forEach((k, v) -> {
                    String[] valueLines = v.split("\n");
                    lines.add("        ." + Character.toLowerCase(k.charAt(0)) + k.substring(1) + "(" + valueLines[0]);
                    for (int i = 1; i < valueLines.length; i++) {
                        lines.add("        " + valueLines[i]);
                    }
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
                });
                lines.add("        .build());");
                return new Snippet(SourceText.comment(r.comment()), function, op + "Response", ids,
                        ids.stream().map(i -> ", String " + i).reduce("", String::concat), lines);
            }
            case TYPESCRIPT -> {
                lines.add("return client.send(new " + op + "Command({");
                args.forEach((k, v) -> appendIndented(lines, "  ", k + ": " + v + ","));
                lines.add("}));");
                return new Snippet(SourceText.comment(r.comment()), function, op, ids,
                        ids.stream().map(i -> ", " + i + ": string").reduce("", String::concat), lines);
            }
            case PYTHON -> {
                String call = op.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
                lines.add("return client." + call + "(");
                args.forEach((k, v) -> appendIndented(lines, "    ", k + "=" + v + ","));
                lines.add(")");
                return new Snippet(SourceText.comment(r.comment()), function, op, ids,
                        ids.stream().map(i -> ", " + i).reduce("", String::concat), lines);
            }
        }
        throw new IllegalStateException();
    }

    /** Adds an argument whose value may span lines, every line at the argument's indentation. */
    private static void appendIndented(List<String> lines, String indent, String text) {
        for (String line : text.split("\n")) {
            lines.add(indent + line);
        }
    }

    String quote(String text) {
        return switch (this) {
            case JAVA -> SourceText.java(text);
            case TYPESCRIPT -> SourceText.typescript(text);
            case PYTHON -> SourceText.python(text);
        };
    }

    private String bool(boolean value) {
        return this == PYTHON ? (value ? "True" : "False") : Boolean.toString(value);
    }

    private String map(Map<String, Value> values, Map<String, String> parameter) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> entries.put(quote(k), attributeValue(v, parameter)));
        return literalMap(entries);
    }

    /** A map literal over several lines: Map.ofEntries for Java (Map.of stops at ten), object or dict literals otherwise. */
    private String literalMap(Map<String, String> entries) {
        List<String> lines = new ArrayList<>();
        switch (this) {
            case JAVA -> {
                lines.add("Map.ofEntries(");
                int i = 0;
                for (var e : entries.entrySet()) {
                    lines.add("        Map.entry(" + e.getKey() + ", " + e.getValue() + ")" + (++i < entries.size() ? "," : ")"));
                }
            }
            case TYPESCRIPT, PYTHON -> {
                lines.add("{");
                String inner = this == PYTHON ? "    " : "  ";
                entries.forEach((k, v) -> lines.add(inner + k + ": " + v + ","));
                lines.add("}");
            }
        }
        return String.join("\n", lines);
    }

    private String attributeValue(Value value, Map<String, String> parameter) {
        String expression = expression(value.parts(), parameter);
        return switch (this) {
            case JAVA -> switch (value.type()) {
                case "N" -> "AttributeValue.fromN(" + expression + ")";
                case "B" -> "AttributeValue.fromB(SdkBytes.fromUtf8String(" + expression + "))";
                default -> "AttributeValue.fromS(" + expression + ")";
            };
            case TYPESCRIPT -> switch (value.type()) {
                case "N" -> "{ N: " + expression + " }";
                case "B" -> "{ B: new TextEncoder().encode(" + expression + ") }";
                default -> "{ S: " + expression + " }";
            };
            case PYTHON -> switch (value.type()) {
                case "N" -> "{\"N\": " + expression + "}";
                case "B" -> "{\"B\": (" + expression + ").encode()}";
                default -> "{\"S\": " + expression + "}";
            };
        };
    }

    private String expression(List<Part> parts, Map<String, String> parameter) {
        List<String> pieces = new ArrayList<>();
        for (Part part : parts) {
            if (part.literal() != null) {
                pieces.add(quote(part.literal()));
                continue;
            }
            String name = parameter.get(part.parameter());
            UnaryOperator<String> text = this == PYTHON ? n -> "str(" + n + ")" : n -> n;
            pieces.add(part.pad() == 0 ? text.apply(name) : switch (this) {
                case JAVA -> "\"0\".repeat(Math.max(0, " + part.pad() + " - " + name + ".length())) + " + name;
                case TYPESCRIPT -> name + ".padStart(" + part.pad() + ", \"0\")";
                case PYTHON -> "str(" + name + ").zfill(" + part.pad() + ")";
            });
        }
        if (pieces.isEmpty()) {
            return quote("");
        }
        if (this == JAVA && pieces.size() > 1 && parts.get(0).literal() == null && parts.get(1).literal() == null) {
            pieces.add(0, "\"\"");
        }
        return String.join(" + ", pieces);
    }
}
