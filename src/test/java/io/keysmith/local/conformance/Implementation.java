package io.keysmith.local.conformance;

import java.util.Locale;

/** The DynamoDB implementation the suite runs against, chosen by system properties. */
public enum Implementation {
    /** Keysmith's own engine, a LocalServer started per test class (the default). */
    KEYSMITH,
    /** dynalite: started privately ({@code endpoint=dynalite}) or at a URL with {@code implementation=dynalite}. */
    DYNALITE,
    /** Amazon DynamoDB itself ({@code endpoint=aws}, default credentials, {@code keysmith.conformance.region}). */
    AWS,
    /** Any other endpoint URL: every test runs. */
    OTHER;

    public static final String ENDPOINT_PROPERTY = "keysmith.conformance.endpoint";
    public static final String IMPLEMENTATION_PROPERTY = "keysmith.conformance.implementation";

    /** From {@code keysmith.conformance.implementation}, else from the form of {@code keysmith.conformance.endpoint}. */
    public static Implementation current() {
        String named = System.getProperty(IMPLEMENTATION_PROPERTY, "").trim();
        if (!named.isEmpty()) {
            return valueOf(named.toUpperCase(Locale.ROOT));
        }
        String endpoint = endpointProperty();
        return switch (endpoint) {
            case "", "keysmith" -> KEYSMITH;
            case "dynalite" -> DYNALITE;
            case "aws" -> AWS;
            default -> OTHER;
        };
    }

    static String endpointProperty() {
        return System.getProperty(ENDPOINT_PROPERTY, "").trim();
    }
}
