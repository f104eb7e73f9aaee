package io.keysmith.local.store;

import io.keysmith.local.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of an item (attribute name to value), for keeping items in memory and in the log:
 * a count, then per attribute its UTF-8 name and a tagged value, lengths as varints, numbers as text.
 */
public final class ItemCodec {

    static final byte S = 0, N = 1, B = 2, TRUE = 3, FALSE = 4, NULL = 5, SS = 6, NS = 7, BS = 8, L = 9, M = 10;

    private ItemCodec() {}

    public static byte[] encode(Map<String, Value> item) {
        Out out = new Out(64 + item.size() * 24);
        writeMap(out, item);
        return out.toArray();
    }

    public static Map<String, Value> decode(byte[] bytes) {
        return readMap(new In(bytes, 0));
    }

    /** One attribute of an encoded item without decoding the others, or null when absent. */
    public static Value find(byte[] bytes, String name) {
        In in = new In(bytes, 0);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        int count = in.varint();
        for (int i = 0; i < count; i++) {
            int len = in.varint();
            boolean match = Arrays.equals(bytes, in.pos, in.pos + len, wanted, 0, wanted.length);
            in.pos += len;
            if (match) {
                return readValue(in);
            }
            skipValue(in);
        }
        return null;
    }

    private static void writeMap(Out out, Map<String, Value> map) {
        out.varint(map.size());
        for (Map.Entry<String, Value> e : map.entrySet()) {
            out.string(e.getKey());
            writeValue(out, e.getValue());
        }
    }

    private static void writeValue(Out out, Value value) {
        switch (value) {
            case Value.S s -> { out.add(S); out.string(s.value()); }
            case Value.N n -> { out.add(N); out.string(n.value().toString()); }
            case Value.B b -> { out.add(B); out.bytes(b.value().toArray()); }
            case Value.Bool b -> out.add(b.value() ? TRUE : FALSE);
            case Value.Null n -> out.add(NULL);
            case Value.SS ss -> { out.add(SS); out.varint(ss.values().size()); ss.values().forEach(out::string); }
            case Value.NS ns -> { out.add(NS); out.varint(ns.values().size()); ns.values().forEach(n -> out.string(n.toString())); }
            case Value.BS bs -> { out.add(BS); out.varint(bs.values().size()); bs.values().forEach(b -> out.bytes(b.toArray())); }
            case Value.L l -> { out.add(L); out.varint(l.values().size()); l.values().forEach(v -> writeValue(out, v)); }
            case Value.M m -> { out.add(M); writeMap(out, m.values()); }
        }
    }

    private static Map<String, Value> readMap(In in) {
        int count = in.varint();
        Map<String, Value> map = new LinkedHashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            String name = in.string();
            map.put(name, readValue(in));
        }
        return map;
    }

    private static Value readValue(In in) {
        byte tag = in.bytes[in.pos++];
        return switch (tag) {
            case S -> new Value.S(in.string());
            case N -> new Value.N(new BigDecimal(in.string()));
            case B -> new Value.B(new Value.Bytes(in.rawBytes()));
            case TRUE -> new Value.Bool(true);
            case FALSE -> new Value.Bool(false);
            case NULL -> new Value.Null();
            case SS -> {
                int n = in.varint();
                Set<String> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(in.string());
                }
                yield new Value.SS(set);
            }
            case NS -> {
                int n = in.varint();
                Set<BigDecimal> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(new BigDecimal(in.string()));
                }
                yield new Value.NS(set);
            }
            case BS -> {
                int n = in.varint();
                Set<Value.Bytes> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(new Value.Bytes(in.rawBytes()));
                }
                yield new Value.BS(set);
            }
            case L -> {
                int n = in.varint();
                List<Value> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                yield new Value.L(list);
            }
            case M -> new Value.M(readMap(in));
            default -> throw new IllegalStateException("corrupt item encoding: tag " + tag);
        };
    }

    private static void skipValue(In in) {
        byte tag = in.bytes[in.pos++];
        switch (tag) {
            case S, N, B -> { int len = in.varint(); in.pos += len; }
            case TRUE, FALSE, NULL -> { }
            case SS, NS, BS -> {
                int n = in.varint();
                for (int i = 0; i < n; i++) {
                    int len = in.varint();
                    in.pos += len;
                }
            }
            case L -> {
                int n = in.varint();
                for (int i = 0; i < n; i++) {
                    skipValue(in);
                }
            }
            case M -> {
                int n = in.varint();
                for (int i = 0; i < n; i++) {
                    int len = in.varint();
                    in.pos += len;
                    skipValue(in);
                }
            }
            default -> throw new IllegalStateException("corrupt item encoding: tag " + tag);
        }
    }

    /** A growable output buffer. */
    static final class Out {
        private byte[] buf;
        private int size;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        void add(byte b) {
            ensure(1);
            buf[size++] = b;
        }

        void varint(int v) {
            ensure(5);
            while ((v & ~0x7F) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void bytes(byte[] b) {
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        private void ensure(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** A reading position in an encoded item. */
    static final class In {
        final byte[] bytes;
        int pos;

        In(byte[] bytes, int pos) {
            this.bytes = bytes;
            this.pos = pos;
        }

        int varint() {
            int v = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[pos++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        String string() {
            int len = varint();
            String s = new String(bytes, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        byte[] rawBytes() {
            int len = varint();
            byte[] b = Arrays.copyOfRange(bytes, pos, pos + len);
            pos += len;
            return b;
        }
    }
}
