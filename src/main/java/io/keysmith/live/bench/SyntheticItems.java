package io.keysmith.live.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The engine benchmark's items: about 300 bytes each, in a table keyed PK/SK with two GSIs, the first
 * {@code hotItems} of them in one partition (for the query latency figure), the rest spread out.
 * Item {@code i} is always the same item, so that every engine measured gets the same data.
 */
final class SyntheticItems {

    static final String TABLE = "keysmith-bench";
    static final String HOT_PARTITION = "P#hot";

    private final int hotItems;

    SyntheticItems(int hotItems) {
        this.hotItems = hotItems;
    }

    static String sortKey(int i) {
        return "S#" + String.format("%09d", i);
    }

    Map<String, AttributeValue> item(int i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("PK", s(i < hotItems ? HOT_PARTITION : "P#" + (i % 50_000)));
        item.put("SK", s(sortKey(i)));
        item.put("GSI1PK", s("CUSTOMER#" + (i % 10_000)));
        item.put("GSI1SK", s("2026-" + String.format("%02d-%02dT%02d:%02d", 1 + i % 12, 1 + i % 28, i % 24, i % 60) + "#" + i));
        item.put("GSI2PK", s("STATUS#" + (i % 7)));
        item.put("GSI2SK", AttributeValue.fromN(Long.toString(1_700_000_000L + i)));
        item.put("name", s(words(random, 3)));
        item.put("description", s(words(random, 16)));
        item.put("price", AttributeValue.fromN(random.nextInt(1, 100_000) / 100.0 + ""));
        item.put("active", AttributeValue.fromBool(random.nextBoolean()));
        return item;
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                text.append(' ');
            }
            int length = random.nextInt(3, 9);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
