package io.keysmith.live;

import java.net.URI;
import java.nio.file.Path;

/** Where the live table is: Keysmith's local engine in this process, any endpoint URL, or AWS with a profile and region. */
public sealed interface Target {

    /** A description for plans and logs; never includes credentials. */
    String describe();

    boolean isAws();

    /** Keysmith's local engine inside this process; {@code dataDir} null keeps the data in memory. */
    record Embedded(Path dataDir) implements Target {
        public String describe() {
            return "Keysmith's local engine (" + (dataDir == null ? "in memory" : "data in " + dataDir) + ")";
        }

        public boolean isAws() {
            return false;
        }
    }

    /** A DynamoDB-compatible endpoint, such as {@code keysmith local} started elsewhere. */
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
