package io.keysmith.design;

/** A key attribute of a table or index: its name and DynamoDB scalar type (S, N or B). */
public record KeyAttribute(String name, String type) {

    public static KeyAttribute string(String name) {
        return new KeyAttribute(name, "S");
    }
}
