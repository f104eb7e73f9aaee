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
import tools.jackson.core.JsonGenerator;

/**
 * Reads a stored item straight from its {@link ItemCodec} form, without building its map: its DynamoDB size
 * and its DynamoDB JSON. A Query page reads a hundred items this way, so that neither the items nor a JSON
 * tree of them is built only to be thrown away. Must agree with {@code ItemSize} and {@code ValueJson}.
 */
public final class EncodedItems {

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
        writeMap(new ItemCodec.In(encoded, 0), g);
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

    private static void writeMap(ItemCodec.In in, JsonGenerator g) {
        int count = in.varint();
        g.writeStartObject();
        for (int i = 0; i < count; i++) {
            g.writeName(in.string());
            writeValue(in, g);
        }
        g.writeEndObject();
    }

    private static void writeValue(ItemCodec.In in, JsonGenerator g) {
        byte tag = in.bytes[in.pos++];
        g.writeStartObject();
        switch (tag) {
            case S -> {
                g.writeName("S");
                utf8(in, g);
            }
            case N -> {
                g.writeName("N");
                number(in, g);
            }
            case B -> {
                g.writeName("B");
                binary(in, g);
            }
            case TRUE, FALSE -> {
                g.writeName("BOOL");
                g.writeBoolean(tag == TRUE);
            }
            case NULL -> {
                g.writeName("NULL");
                g.writeBoolean(true);
            }
            case SS, NS, BS -> {
                g.writeName(tag == SS ? "SS" : tag == NS ? "NS" : "BS");
                int n = in.varint();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    switch (tag) {
                        case SS -> utf8(in, g);
                        case NS -> number(in, g);
                        default -> binary(in, g);
                    }
                }
                g.writeEndArray();
            }
            case L -> {
                g.writeName("L");
                int n = in.varint();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    writeValue(in, g);
                }
                g.writeEndArray();
            }
            case M -> {
                g.writeName("M");
                writeMap(in, g);
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
    private static void number(ItemCodec.In in, JsonGenerator g) {
        int len = in.varint();
        boolean exponent = false;
        for (int i = in.pos; i < in.pos + len; i++) {
            exponent |= in.bytes[i] == 'E';
        }
        if (exponent) {
            g.writeString(new BigDecimal(new String(in.bytes, in.pos, len, StandardCharsets.US_ASCII)).toPlainString());
        } else {
            g.writeUTF8String(in.bytes, in.pos, len);
        }
        in.pos += len;
    }
}
