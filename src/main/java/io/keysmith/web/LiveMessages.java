package io.keysmith.web;

import io.keysmith.live.ApplyPlan;
import io.keysmith.live.LiveException;
import io.keysmith.live.SeedResult;
import io.keysmith.live.TableAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** The Live tab's sentences: refusals, failures and seed summaries, worded for the web form rather than the CLI's options. */
final class LiveMessages {

    private LiveMessages() {
    }

    /** The plan's lines with the web's name for the target and without the CLI's options in refusals. */
    static String plan(ApplyPlan plan, String target) {
        List<String> lines = new ArrayList<>(plan.describe());
        lines.set(0, "Target: " + target);
        for (TableAction a : plan.actions()) {
            if (a.refused()) {
                String start = "Table " + a.table().name() + ": refuse";
                lines.replaceAll(line -> line.startsWith(start + " (") ? start + " (exists with a different schema)" : line);
            }
        }
        return String.join("\n", lines);
    }

    static String refused(ApplyPlan plan, boolean aws) {
        TableAction a = plan.actions().stream().filter(TableAction::refused).findFirst().orElseThrow();
        String name = a.table().name();
        return "Table " + name + " already exists with a different schema (" + a.existingSchema() + "). Nothing was changed. "
                + (aws ? "To delete and recreate it, tick \u201cReplace tables with a different schema\u201d and type " + name
                        + " in \u201cConfirm table name\u201d."
                        : "To delete and recreate it, tick \u201cReplace tables with a different schema\u201d.");
    }

    /** The live package's own message (or a short one for anything unexpected), then what it left behind. */
    static String failure(RuntimeException e, String after) {
        // with the cause, for whoever runs the app: a target problem as much as a bug (SDK messages hold no secrets)
        LoggerFactory.getLogger(LiveMessages.class).warn("Live table work failed: {}", firstLine(String.valueOf(e.getMessage())), e);
        String text = e instanceof LiveException || e instanceof IllegalArgumentException ? e.getMessage()
                : "Keysmith hit an internal error (" + e.getClass().getSimpleName() + "); the details are in the server log";
        return capitalize(text) + (text.endsWith(".") ? "" : ".") + " " + after;
    }

    static String seeded(SeedResult seed) {
        return String.format(Locale.ROOT, "Seeded %,d items in %.1f s (%,.0f items/s, %d retries); the tables hold %,d items%s.",
                seed.written(), seed.millis() / 1000.0, seed.itemsPerSecond(), seed.retries(), seed.counted(),
                seed.before() == 0 ? "" : String.format(Locale.ROOT, " (%,d were there before)", seed.before()));
    }

    static String cancelled(SeedResult seed, long total) {
        return String.format(Locale.ROOT, "Cancelled after %,d of %,d items; the items written so far stay in the table.",
                seed.written(), total);
    }

    private static String capitalize(String s) {
        return s == null || s.isEmpty() ? "Failed" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String firstLine(String s) {
        int cut = s.indexOf('\n');
        return cut < 0 ? s : s.substring(0, cut);
    }
}
