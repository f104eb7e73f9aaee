package io.keysmith.local.store;

import io.keysmith.local.table.TableSchema;
import io.keysmith.local.table.TableSchemaJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record format shared by the log and snapshots: frames of length, CRC32 and payload; a payload is a
 * schema (JSON), a dropped table name, or a batch of mutations. Reading stops at the first torn or corrupt frame.
 */
final class Records {

    static final byte SCHEMA = 1, DROP = 2, WRITES = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Records() {}

    /** A decoded record. */
    sealed interface Record {}

    record Schema(TableSchema schema) implements Record {}

    record Drop(String table) implements Record {}

    record Writes(List<Mutation> mutations) implements Record {}

    static byte[] schema(TableSchema schema) {
        ItemCodec.Out out = new ItemCodec.Out(256);
        out.add(SCHEMA);
        out.string(TableSchemaJson.toStored(schema).toString());
        return frame(out.toArray());
    }

    static byte[] drop(String name) {
        ItemCodec.Out out = new ItemCodec.Out(64);
        out.add(DROP);
        out.string(name);
        return frame(out.toArray());
    }

    static byte[] writes(List<Mutation> mutations) {
        int size = 16;
        for (Mutation m : mutations) {
            size += m.bytes().length + m.table().length() + 8;
        }
        ItemCodec.Out out = new ItemCodec.Out(size);
        out.add(WRITES);
        out.varint(mutations.size());
        for (Mutation m : mutations) {
            out.string(m.table());
            out.add(m.put() ? (byte) 1 : (byte) 0);
            out.bytes(m.bytes());
        }
        return frame(out.toArray());
    }

    private static byte[] frame(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(8 + payload.length);
        frame.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
        return frame.array();
    }

    /** Reads every complete record of a file from its start; returns the position after the last good one. */
    static long read(FileChannel channel, Consumer<Record> sink) throws IOException {
        long size = channel.size();
        long pos = 0;
        ByteBuffer header = ByteBuffer.allocate(8);
        while (pos + 8 <= size) {
            header.clear();
            channel.read(header, pos);
            header.flip();
            int length = header.getInt();
            int crc = header.getInt();
            if (length < 0 || pos + 8 + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            while (payload.hasRemaining() && channel.read(payload, pos + 8 + payload.position()) > 0) {
                // keep reading until the whole payload is in
            }
            CRC32 check = new CRC32();
            check.update(payload.array());
            if ((int) check.getValue() != crc) {
                break;
            }
            sink.accept(decode(payload.array()));
            pos += 8 + length;
        }
        return pos;
    }

    private static Record decode(byte[] payload) {
        ItemCodec.In in = new ItemCodec.In(payload, 1);
        return switch (payload[0]) {
            case SCHEMA -> new Schema(TableSchemaJson.fromStored(JSON.readTree(in.string())));
            case DROP -> new Drop(in.string());
            case WRITES -> {
                int n = in.varint();
                List<Mutation> mutations = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String table = in.string();
                    boolean put = payload[in.pos++] == 1;
                    mutations.add(new Mutation(table, put, in.rawBytes()));
                }
                yield new Writes(mutations);
            }
            default -> throw new IllegalStateException("unknown record type " + payload[0]);
        };
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
