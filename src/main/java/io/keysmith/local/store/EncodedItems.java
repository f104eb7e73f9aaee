package io.keysmith.local.store;

import static io.keysmith.local.store.ItemCodec.B;
import static io.keysmith.local.store.ItemCodec.BS;
import static io.keysmith.local.store.ItemCodec.FALSE;
import static io.keysmith.local.store.ItemCodec.L;
import static io.keysmith.local.store.ItemCodec.M;
import static io.keysmith.local.store.ItemCodec.N;
import static io.keysmith.local.store.ItemCodec.NS;
import static io.keysmith.local.store.ItemCodec.NULL;
import static io.keysmith.local.store.ItemCodec.S;
import static io.keysmith.local.store.ItemCodec.SS;
import static io.keysmith.local.store.ItemCodec.TRUE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Reads a stored item straight from its {@link ItemCodec} form, without building its map: its DynamoDB size
 * and its DynamoDB JSON. A Query page reads a hundred items this way, so that neither the items nor a JSON
 * tree of them is built only to be thrown away. Must agree with {@code ItemSize} and {@code ValueJson}.
 */
public final class EncodedItems {

    private static final SerializableString TYPE_S = new SerializedString("S");
    private static final SerializableString TYPE_N = new SerializedString("N");
    private static final SerializableString TYPE_B = new SerializedString("B");
    private static final SerializableString TYPE_BOOL = new SerializedString("BOOL");
    private static final SerializableString TYPE_NULL = new SerializedString("NULL");
    private static final SerializableString TYPE_SS = new SerializedString("SS");
    private static final SerializableString TYPE_NS = new SerializedString("NS");
    private static final SerializableString TYPE_BS = new SerializedString("BS");
    private static final SerializableString TYPE_L = new SerializedString("L");
    private static final SerializableString TYPE_M = new SerializedString("M");
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private EncodedItems() {}

    /** The item's size as {@code ItemSize.of} counts it for the decoded item. */
    public static long size(byte[] encoded) {
        ItemCodec.In in = new ItemCodec.In(encoded, 0);
        int count = in.varint();
        long size = 0;
        for (int i = 0; i < count; i++) {
            size += skip(in) + valueSize(in);
        }
        return size;
    }

    /** Writes the item as DynamoDB's JSON ({@code {"name":{"S":"x"},...}}), as {@code ValueJson.writeItem} does. */
    public static void writeJson(byte[] encoded, JsonGenerator g) {
        writeMap(new ItemCodec.In(encoded, 0), g, SCRATCH.get());
    }

    private static long valueSize(ItemCodec.In in) {
        byte tag = in.bytes[in.pos++];
        return switch (tag) {
            case S, B -> skip(in);
            case N -> numberSize(in);
            case TRUE, FALSE, NULL -> 1;
            case SS, BS -> {
                int n = in.varint();
                long size = 0;
                for (int i = 0; i < n; i++) {
                    size += skip(in);
                }
                yield size;
            }
            case NS -> {
                int n = in.varint();
                long size = 0;
                for (int i = 0; i < n; i++) {
                    size += numberSize(in);
                }
                yield size;
            }
            // a list or map costs 3 bytes, plus 1 byte per element, plus its elements
            case L -> {
                int n = in.varint();
                long size = 3;
                for (int i = 0; i < n; i++) {
                    size += 1 + valueSize(in);
                }
                yield size;
            }
            case M -> {
                int n = in.varint();
                long size = 3;
                for (int i = 0; i < n; i++) {
                    size += 1 + skip(in) + valueSize(in);
                }
                yield size;
            }
            default -> throw new IllegalStateException("corrupt item encoding: tag " + tag);
        };
    }

    /** Skips a length-prefixed field and returns its length in bytes. */
    private static int skip(ItemCodec.In in) {
        int len = in.varint();
        in.pos += len;
        return len;
    }

    /**
     * A number's size from its stored text (a canonical BigDecimal's {@code toString}): about one byte per two
     * significant digits, plus one. The significant digits are the mantissa's without leading zeros.
     */
    private static long numberSize(ItemCodec.In in) {
        int len = in.varint();
        int end = in.pos + len;
        int digits = 0;
        boolean leading = true;
        for (int i = in.pos; i < end; i++) {
            byte c = in.bytes[i];
            if (c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9' && !(leading && c == '0')) {
                leading = false;
                digits++;
            }
        }
        in.pos = end;
        return (Math.max(digits, 1) + 1) / 2 + 1;
    }

    private static void writeMap(ItemCodec.In in, JsonGenerator g, Scratch scratch) {
        int count = in.varint();
        g.writeStartObject();
        for (int i = 0; i < count; i++) {
            int len = in.varint();
            g.writeName(scratch.name(in.bytes, in.pos, len));
            in.pos += len;
            writeValue(in, g, scratch);
        }
        g.writeEndObject();
    }

    private static void writeValue(ItemCodec.In in, JsonGenerator g, Scratch scratch) {
        byte tag = in.bytes[in.pos++];
        g.writeStartObject();
        switch (tag) {
            case S -> {
                g.writeName(TYPE_S);
                utf8(in, g);
            }
            case N -> {
                g.writeName(TYPE_N);
                number(in, g, scratch);
            }
            case B -> {
                g.writeName(TYPE_B);
                binary(in, g);
            }
            case TRUE, FALSE -> {
                g.writeName(TYPE_BOOL);
                g.writeBoolean(tag == TRUE);
            }
            case NULL -> {
                g.writeName(TYPE_NULL);
                g.writeBoolean(true);
            }
            case SS, NS, BS -> {
                g.writeName(tag == SS ? TYPE_SS : tag == NS ? TYPE_NS : TYPE_BS);
                int n = in.varint();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    switch (tag) {
                        case SS -> utf8(in, g);
                        case NS -> number(in, g, scratch);
                        default -> binary(in, g);
                    }
                }
                g.writeEndArray();
            }
            case L -> {
                g.writeName(TYPE_L);
                int n = in.varint();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    writeValue(in, g, scratch);
                }
                g.writeEndArray();
            }
            case M -> {
                g.writeName(TYPE_M);
                writeMap(in, g, scratch);
            }
            default -> throw new IllegalStateException("corrupt item encoding: tag " + tag);
        }
        g.writeEndObject();
    }

    private static void utf8(ItemCodec.In in, JsonGenerator g) {
        int len = in.varint();
        g.writeUTF8String(in.bytes, in.pos, len);
        in.pos += len;
    }

    private static void binary(ItemCodec.In in, JsonGenerator g) {
        int len = in.varint();
        g.writeBinary(in.bytes, in.pos, len);
        in.pos += len;
    }

    /** DynamoDB prints numbers plain; the stored text is plain already unless it has an exponent. */
    private static void number(ItemCodec.In in, JsonGenerator g, Scratch scratch) {
        int len = in.varint();
        int exponentAt = -1;
        for (int i = in.pos; i < in.pos + len; i++) {
            if (in.bytes[i] == 'E') {
                exponentAt = i;
            }
        }
        if (exponentAt < 0) {
            g.writeUTF8String(in.bytes, in.pos, len);
        } else {
            int plain = PlainNumbers.plain(in.bytes, in.pos, exponentAt, in.pos + len, scratch);
            if (plain >= 0) {
                g.writeUTF8String(scratch.digits, 0, plain);
            } else {
                g.writeString(new BigDecimal(new String(in.bytes, in.pos, len, StandardCharsets.US_ASCII)).toPlainString());
            }
        }
        in.pos += len;
    }

    /** What one thread reuses from item to item while writing JSON. */
    static final class Scratch {
        private static final int SLOTS = 512;
        private static final int LONGEST_KEPT = 256;
        private final byte[][] nameBytes = new byte[SLOTS][];
        private final SerializableString[] names = new SerializableString[SLOTS];
        byte[] digits = new byte[64];

        /**
         * An attribute name as the generator writes it, remembered by its stored bytes: the items of a page mostly
         * share their names, which then are neither decoded nor escaped again. A name that collides with another
         * replaces it.
         */
        SerializableString name(byte[] from, int pos, int len) {
            if (len > LONGEST_KEPT) {
                return new SerializedString(new String(from, pos, len, StandardCharsets.UTF_8));
            }
            int hash = len;
            for (int i = pos; i < pos + len; i++) {
                hash = 31 * hash + from[i];
            }
            int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            byte[] kept = nameBytes[slot];
            if (kept != null && Arrays.equals(kept, 0, kept.length, from, pos, pos + len)) {
                return names[slot];
            }
            SerializableString name = new SerializedString(new String(from, pos, len, StandardCharsets.UTF_8));
            nameBytes[slot] = Arrays.copyOfRange(from, pos, pos + len);
            names[slot] = name;
            return name;
        }

        byte[] digits(int length) {
            if (digits.length < length) {
                digits = new byte[length];
            }
            return digits;
        }
    }
}
