package io.keysmith.local.store;

import io.keysmith.local.table.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The write-ahead log of a persistent engine: each record is written to the file (the OS page cache, which
 * survives a killed process) before the request is answered. Records go in frames that a torn tail cannot
 * pass for complete.
 */
final class WriteAheadLog implements Journal {

    private final FileChannel channel;
    private final long snapshotThreshold;
    private long size;

    /** Opens the log, cutting off anything after {@code validLength} (a torn record of a killed process). */
    WriteAheadLog(Path file, long validLength, long snapshotThreshold) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.channel.truncate(validLength);
        this.size = validLength;
        this.snapshotThreshold = snapshotThreshold;
    }

    @Override
    public void schema(TableSchema schema) {
        append(Records.schema(schema));
    }

    @Override
    public void dropTable(String name) {
        append(Records.drop(name));
    }

    @Override
    public void writes(List<Mutation> mutations) {
        if (!mutations.isEmpty()) {
            append(Records.writes(mutations));
        }
    }

    @Override
    public synchronized boolean wantsSnapshot() {
        return size > snapshotThreshold;
    }

    private synchronized void append(byte[] frame) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(frame);
            while (buffer.hasRemaining()) {
                size += channel.write(buffer, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the log once a snapshot holds everything it held. */
    synchronized void reset() throws IOException {
        channel.truncate(0);
        size = 0;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
