package io.keysmith.export.workbench;

import io.keysmith.model.AttributeType;

/** Maps Keysmith attribute types to the DynamoDB type letters Workbench declares, and back. */
final class WorkbenchTypes {

    private WorkbenchTypes() {
    }

    static String of(AttributeType type) {
        return switch (type) {
            case STRING, DATETIME, DATE -> "S";
            case NUMBER -> "N";
            case BOOLEAN -> "BOOL";
            case BINARY -> "B";
            case MAP -> "M";
            case LIST -> "L";
            case STRING_SET -> "SS";
            case NUMBER_SET -> "NS";
        };
    }

    static AttributeType parse(String letters) {
        return switch (letters == null ? "S" : letters) {
            case "N" -> AttributeType.NUMBER;
            case "BOOL" -> AttributeType.BOOLEAN;
            case "B" -> AttributeType.BINARY;
            case "M" -> AttributeType.MAP;
            case "L", "BS" -> AttributeType.LIST;
            case "SS" -> AttributeType.STRING_SET;
            case "NS" -> AttributeType.NUMBER_SET;
            default -> AttributeType.STRING;
        };
    }
}
