package io.keysmith.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

class EncodedItemsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TEXTS = {"", "a", "plain text", "quote \" and \\ backslash", "tab\tnew\nline\u0001",
        "caf\u00e9", "\uFF5E wide", "\uD83D\uDE00 emoji", "lone \uD800 surrogate", "</script>"};
    private static final String[] NUMBERS = {"0", "1", "-1", "10", "100", "1000000", "0.5", "-0.005", "123.456", "1E+30",
        "-9.99E-100", "12345678901234567890123456789012345678", "0.00000000000000000000000000000000000001", "2.50"};

    @Test
    void sizesFromStoredBytesMatchTheSizesOfDecodedItems() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            Map<String, Value> item = ItemCodec.decode(ItemCodec.encode(item(random, 0)));
            assertThat(EncodedItems.size(ItemCodec.encode(item))).as("size of %s", item).isEqualTo(ItemSize.of(item));
        }
    }

    @Test
    void jsonFromStoredBytesIsTheJsonOfDecodedItems() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            Map<String, Value> item = ItemCodec.decode(ItemCodec.encode(item(random, 0)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.createGenerator(out)) {
                EncodedItems.writeJson(ItemCodec.encode(item), g);
            }
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(JSON.writeValueAsString(ValueJson.writeItem(item)));
        }
    }

    @Test
    void numbersWithAnExponentAreWrittenPlain() {
        Map<String, Value> item = Map.of("n", new Value.N(new BigDecimal("1.5E+3")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            EncodedItems.writeJson(ItemCodec.encode(item), g);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"n\":{\"N\":\"1500\"}}");
    }

    @Test
    void numbersOfEveryScaleAreWrittenAsBigDecimalPrintsThemPlain() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 5000; i++) {
            StringBuilder digits = new StringBuilder().append(random.nextInt(1, 10));
            for (int d = random.nextInt(0, 38); d > 0; d--) {
                digits.append(random.nextInt(10));
            }
            BigDecimal number = new BigDecimal(new java.math.BigInteger((random.nextBoolean() ? "-" : "") + digits),
                    random.nextInt(-125, 130));
            Map<String, Value> item = Map.of("n", new Value.N(number), "ns", new Value.NS(Set.of(number)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.createGenerator(out)) {
                EncodedItems.writeJson(ItemCodec.encode(item), g);
            }
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).as("%s", number)
                    .isEqualTo(JSON.writeValueAsString(ValueJson.writeItem(item)));
        }
    }

    private static Map<String, Value> item(SplittableRandom random, int depth) {
        Map<String, Value> item = new LinkedHashMap<>();
        int count = random.nextInt(1, 8);
        for (int i = 0; i < count; i++) {
            item.put(pick(random, TEXTS) + i, value(random, depth));
        }
        return item;
    }

    private static Value value(SplittableRandom random, int depth) {
        int kinds = depth < 3 ? 10 : 8;
        return switch (random.nextInt(kinds)) {
            case 0 -> new Value.S(pick(random, TEXTS));
            case 1 -> new Value.N(new BigDecimal(pick(random, NUMBERS)));
            case 2 -> new Value.B(bytes(random));
            case 3 -> new Value.Bool(random.nextBoolean());
            case 4 -> new Value.Null();
            case 5 -> {
                Set<String> set = new LinkedHashSet<>();
                for (int i = random.nextInt(1, 4); i > 0; i--) {
                    set.add(pick(random, TEXTS));
                }
                yield new Value.SS(set);
            }
            case 6 -> {
                Set<BigDecimal> set = new LinkedHashSet<>();
                for (int i = random.nextInt(1, 4); i > 0; i--) {
                    set.add(new BigDecimal(pick(random, NUMBERS)).stripTrailingZeros());
                }
                yield new Value.NS(set);
            }
            case 7 -> {
                Set<Value.Bytes> set = new LinkedHashSet<>();
                for (int i = random.nextInt(1, 4); i > 0; i--) {
                    set.add(bytes(random));
                }
                yield new Value.BS(set);
            }
            case 8 -> {
                List<Value> list = new ArrayList<>();
                for (int i = random.nextInt(0, 4); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                yield new Value.L(list);
            }
            default -> new Value.M(item(random, depth + 1));
        };
    }

    private static Value.Bytes bytes(SplittableRandom random) {
        byte[] data = new byte[random.nextInt(0, 9)];
        random.nextBytes(data);
        return new Value.Bytes(data);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
