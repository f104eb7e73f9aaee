package io.keysmith.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The time an export states (Workbench's creation date): now, or {@code SOURCE_DATE_EPOCH} (seconds
 * since 1970, the reproducible-builds convention) when set, so that exporting the same model twice
 * gives the same bytes.
 */
public final class ExportTime {

    static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private ExportTime() {
    }

    public static ZonedDateTime now() {
        return of(System.getenv(VARIABLE));
    }

    static ZonedDateTime of(String epoch) {
        if (epoch == null || epoch.isBlank()) {
            return ZonedDateTime.now(ZoneOffset.UTC);
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new ExportException(VARIABLE + " must be a whole number of seconds since 1970, not \"" + epoch + "\"", e);
        }
    }
}
