package io.keysmith.local.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A persistent catalog's folder: {@code snapshot.bin} (every table and item at one moment) and
 * {@code wal.log} (every change since). Opening replays both; a snapshot is written to a temporary file,
 * renamed into place, and only then is the log emptied, so a kill at any point loses nothing acknowledged.
 */
public final class Storage {

    /** A log larger than this is folded into a new snapshot. */
    public static final long SNAPSHOT_THRESHOLD = 256L * 1024 * 1024;

    private final Path dir;
    private final Catalog catalog;
    private final WriteAheadLog log;

    private Storage(Path dir, Catalog catalog, WriteAheadLog log) {
        this.dir = dir;
        this.catalog = catalog;
        this.log = log;
    }

    /** Opens (or creates) the folder, replays it into a new catalog, and journals further changes there. */
    public static Storage open(Path dir, long snapshotThreshold) {
        try {
            Files.createDirectories(dir);
            Catalog catalog = new Catalog();
            Path snapshot = dir.resolve("snapshot.bin");
            if (Files.exists(snapshot)) {
                try (FileChannel channel = FileChannel.open(snapshot, StandardOpenOption.READ)) {
                    Records.read(channel, catalog::replay);
                }
            }
            Path wal = dir.resolve("wal.log");
            long valid = 0;
            if (Files.exists(wal)) {
                try (FileChannel channel = FileChannel.open(wal, StandardOpenOption.READ)) {
                    valid = Records.read(channel, catalog::replay);
                }
            }
            WriteAheadLog log = new WriteAheadLog(wal, valid, snapshotThreshold);
            catalog.journal(log);
            return new Storage(dir, catalog, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Writes a snapshot of everything and empties the log, with no table change or item write in flight. */
    public void snapshot() {
        catalog.underDdl(() -> {
            catalog.exclusive(() -> {
                try {
                    writeSnapshot();
                    log.reset();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return null;
        });
    }

    private void writeSnapshot() throws IOException {
        Path tmp = dir.resolve("snapshot.tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            for (Table table : catalog.tables()) {
                out.write(Records.schema(table.schema()));
                List<Mutation> batch = new ArrayList<>();
                for (ConcurrentSkipListMap<io.keysmith.local.value.Value, byte[]> partition : table.partitions().values()) {
                    for (Map.Entry<io.keysmith.local.value.Value, byte[]> e : partition.entrySet()) {
                        batch.add(Mutation.put(table.name(), e.getValue()));
                        if (batch.size() == 1000) {
                            out.write(Records.writes(batch));
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    out.write(Records.writes(batch));
                }
            }
        }
        Files.move(tmp, dir.resolve("snapshot.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Snapshots and closes the log. */
    public void close() {
        snapshot();
        log.close();
    }
}
