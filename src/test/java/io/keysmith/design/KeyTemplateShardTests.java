package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTemplateShardTests {

    @Test
    void fnv1aMatchesThePublishedTestVectors() {
        assertThat(Integer.toUnsignedLong(KeyTemplate.fnv1a32(""))).isEqualTo(0x811c9dc5L);
        assertThat(Integer.toUnsignedLong(KeyTemplate.fnv1a32("a"))).isEqualTo(0xe40c292cL);
        assertThat(Integer.toUnsignedLong(KeyTemplate.fnv1a32("foobar"))).isEqualTo(0xbf9cf968L);
    }

    @Test
    void aComputedShardHashesTheUtf8TextOfTheValueWithNumbersInShortestDecimalForm() {
        KeyTemplate t = KeyTemplate.of("N#{#shard:7:n}");
        long ten = Integer.toUnsignedLong(KeyTemplate.fnv1a32("10")) % 7;
        assertThat(t.render(Map.of("n", 10))).contains("N#" + ten);
        assertThat(t.render(Map.of("n", new BigDecimal("10.00")))).contains("N#" + ten);
        assertThat(t.render(Map.of("n", 10.0))).contains("N#" + ten);
        long half = Integer.toUnsignedLong(KeyTemplate.fnv1a32("2.5")) % 7;
        assertThat(t.render(Map.of("n", 2.5))).contains("N#" + half);
        long accented = Integer.toUnsignedLong(KeyTemplate.fnv1a32("café")) % 4;
        assertThat(KeyTemplate.of("{#shard:4:name}").render(Map.of("name", "café"))).contains(String.valueOf(accented));
        assertThat(t.attributes()).containsExactly("n");
    }

    @Test
    void aWriterChosenShardTakesTheGivenShardAndCannotBeRenderedWithoutOne() {
        KeyTemplate t = KeyTemplate.of("TOP#{#shard:3}");
        assertThat(t.render(Map.of())).isEmpty();
        assertThat(t.render(Map.of(KeyTemplate.WRITER_SHARD, 2))).contains("TOP#2");
        assertThat(t.render(Map.of(KeyTemplate.WRITER_SHARD, 7))).contains("TOP#1");
        assertThat(t.attributes()).isEmpty();
        assertThat(t.shard()).isEqualTo(new KeyTemplate.Shard(3, null));
    }

    @Test
    void fillingKeepsAnUnknownShardAsWrittenAndFillsTheOthers() {
        KeyTemplate t = KeyTemplate.of("EVENT#{day}#{#shard:32}");
        assertThat(t.fill(Map.of("day", "2026-12-03")).text()).isEqualTo("EVENT#2026-12-03#{#shard:32}");
        assertThat(t.fill(Map.of("day", "2026-12-03", KeyTemplate.WRITER_SHARD, 5)).text()).isEqualTo("EVENT#2026-12-03#5");
        assertThat(KeyTemplate.of("{#shard:0}").shard()).isNull();
    }
}
