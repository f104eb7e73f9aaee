package io.keysmith.export;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** DynamoDB's naming rules; an export refuses names DynamoDB would refuse. */
public final class DynamoDbNames {

    private static final Pattern TABLE_OR_INDEX = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

    private DynamoDbNames() {
    }

    public static String requireTableName(String name) {
        if (name == null || !TABLE_OR_INDEX.matcher(name).matches()) {
            throw new ExportException("cannot export: table name " + shown(name)
                    + " is not allowed by DynamoDB (3-255 characters of a-z, A-Z, 0-9, '_', '-', '.')");
        }
        return name;
    }

    public static String requireIndexName(String table, String name) {
        if (name == null || !TABLE_OR_INDEX.matcher(name).matches()) {
            throw new ExportException("cannot export: index name " + shown(name) + " of table " + table
                    + " is not allowed by DynamoDB (3-255 characters of a-z, A-Z, 0-9, '_', '-', '.')");
        }
        return name;
    }

    public static String requireAttributeName(String where, String name) {
        if (name == null || name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new ExportException("cannot export: key attribute name " + shown(name) + " of " + where
                    + " must be 1-255 bytes long");
        }
        return name;
    }

    private static String shown(String name) {
        return name == null ? "(missing)" : JsonText.quote(name);
    }
}
