package io.keysmith.live;

import java.net.URI;
import java.nio.file.Path;

/** Where the live table is: embedded DynamoDB Local, any endpoint URL, or AWS with a profile and region. */
public sealed interface Target {

    /** A description for plans and logs; never includes credentials. */
    String describe();

    boolean isAws();

    /** DynamoDB Local inside this process; {@code dataDir} null keeps the data in memory. */
    record Embedded(Path dataDir) implements Target {
        public String describe() {
            return "embedded DynamoDB Local (" + (dataDir == null ? "in memory" : "data in " + dataDir) + ")";
        }

        public boolean isAws() {
            return false;
        }
    }

    /** A DynamoDB-compatible endpoint, such as a DynamoDB Local started elsewhere. */
    record Endpoint(URI url, String region) implements Target {
        public String describe() {
            return "endpoint " + url;
        }

        public boolean isAws() {
            return false;
        }
    }

    /** AWS through the SDK's default credential chain; {@code profile} may be null. */
    record Aws(String profile, String region) implements Target {
        public String describe() {
            return "AWS region " + region + (profile == null ? "" : " with profile " + profile);
        }

        public boolean isAws() {
            return true;
        }
    }
}
