package io.keysmith.sql;

import io.keysmith.model.AttributeType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQL column types of PostgreSQL and MySQL as Keysmith attribute types: text and identifiers as
 * string (uuid with the uuid format), integers and decimals as number, timestamps as datetime,
 * json as map, arrays as list, byte strings as binary. An unknown type (a domain, an extension's
 * type) is a string, and the caller says so.
 */
final class SqlTypes {

    /** A mapped type: the attribute type, a sample-data format or null, and whether the SQL type was known. */
    record Mapped(AttributeType type, String format, boolean known) {
    }

    private static final Set<String> STRING = Set.of("char", "character", "varchar", "character varying", "nchar",
            "nvarchar", "national character", "national character varying", "text", "tinytext", "mediumtext",
            "longtext", "citext", "name", "bpchar", "clob", "string", "inet", "cidr", "macaddr", "macaddr8", "xml",
            "time", "time with time zone", "time without time zone", "timetz", "interval", "tsvector", "ltree",
            "enum", "varchar2", "nvarchar2");
    private static final Set<String> NUMBER = Set.of("smallint", "int", "integer", "bigint", "tinyint", "mediumint",
            "int2", "int4", "int8", "serial", "bigserial", "smallserial", "serial4", "serial8", "serial2", "decimal",
            "numeric", "dec", "real", "float", "float4", "float8", "double", "double precision", "money", "year", "number");
    private static final Set<String> DATETIME = Set.of("timestamp", "timestamptz", "timestamp with time zone",
            "timestamp without time zone", "datetime", "datetime2", "smalldatetime", "datetimeoffset");
    private static final Set<String> BINARY = Set.of("bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary",
            "varbinary", "bit varying", "varbit", "raw");
    private static final Map<String, AttributeType> OTHER = Map.of(
            "boolean", AttributeType.BOOLEAN, "bool", AttributeType.BOOLEAN, "date", AttributeType.DATE,
            "json", AttributeType.MAP, "jsonb", AttributeType.MAP, "hstore", AttributeType.MAP,
            "set", AttributeType.STRING_SET, "uuid", AttributeType.STRING, "uniqueidentifier", AttributeType.STRING);

    private SqlTypes() {
    }

    /** The base name of an SQL type: lower case, without arguments, array brackets or UNSIGNED ({@code varchar (100)} gives varchar). */
    static String baseName(String sqlType) {
        String t = sqlType.toLowerCase(Locale.ROOT).strip();
        int paren = t.indexOf('(');
        if (paren >= 0) {
            int close = t.indexOf(')', paren);
            t = (t.substring(0, paren) + (close >= 0 ? t.substring(close + 1) : "")).strip();
        }
        t = t.replace("[]", "").replace(" unsigned", "").replace(" zerofill", "").replace(" signed", "").strip();
        return t.replaceAll("\\s+", " ");
    }

    static Mapped map(String sqlType, boolean array) {
        String base = baseName(sqlType);
        String unqualified = base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : base;
        if (array) {
            return new Mapped(AttributeType.LIST, null, true);
        }
        if (unqualified.equals("uuid") || unqualified.equals("uniqueidentifier")) {
            return new Mapped(AttributeType.STRING, "uuid", true);
        }
        if (unqualified.equals("tinyint") && sqlType.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("tinyint(1)")
                || unqualified.equals("bit") && !sqlType.contains("(") || sqlType.replace(" ", "").equalsIgnoreCase("bit(1)")) {
            return new Mapped(AttributeType.BOOLEAN, null, true); // MySQL's booleans
        }
        if (unqualified.equals("money")) {
            return new Mapped(AttributeType.NUMBER, "price", true);
        }
        if (STRING.contains(unqualified)) {
            return new Mapped(AttributeType.STRING, null, true);
        }
        if (NUMBER.contains(unqualified)) {
            return new Mapped(AttributeType.NUMBER, null, true);
        }
        if (DATETIME.contains(unqualified)) {
            return new Mapped(AttributeType.DATETIME, null, true);
        }
        if (BINARY.contains(unqualified) || unqualified.equals("bit")) {
            return new Mapped(AttributeType.BINARY, null, true);
        }
        AttributeType other = OTHER.get(unqualified);
        return other != null ? new Mapped(other, null, true) : new Mapped(AttributeType.STRING, null, false);
    }
}
