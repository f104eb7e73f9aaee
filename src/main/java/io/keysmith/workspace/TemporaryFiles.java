package io.keysmith.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code .NAME.json.tmp} files an atomic save writes before renaming them over {@code NAME.json},
 * and the removal of those a save that was killed half-way left behind.
 */
final class TemporaryFiles {

    private static final Logger log = LoggerFactory.getLogger(TemporaryFiles.class);

    private TemporaryFiles() {
    }

    /** The temporary file a save of {@code target} writes first, beside it so that the rename is atomic. */
    static Path of(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    static boolean isTemporary(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".json.tmp") && name.length() > ".json.tmp".length() + 1;
    }

    /** When this process started: a temporary file older than that belongs to no save under way here. */
    static Instant processStart() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * Deletes the temporary files directly in {@code folder} last written before {@code before}, logging each;
     * model files, folders and links are never touched. Returns the deleted files.
     */
    static List<Path> removeStale(Path folder, Instant before) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(TemporaryFiles::isTemporary).sorted().toList()) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    long size = Files.size(file);
                    Files.delete(file);
                    removed.add(file);
                    log.info("Removed {} ({} bytes), left by a save that did not finish before Keysmith last stopped",
                            file, size);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the temporary files of " + folder + ": " + e.getMessage(), e);
        }
        return removed;
    }
}
