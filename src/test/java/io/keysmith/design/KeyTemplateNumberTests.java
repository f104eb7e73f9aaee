package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A number in a string key ({@code {attribute:0N}}) is written as text that sorts like the number. */
class KeyTemplateNumberTests {

    /** DynamoDB compares string keys by their UTF-8 bytes. */
    static final Comparator<String> UTF8 = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
            b.getBytes(StandardCharsets.UTF_8));

    private static final KeyTemplate KEY = KeyTemplate.of("READING#{celsius:05}#{readingId}");

    @Test
    void compositeKeysOfNegativeAndDecimalNumbersSortLikeTheNumbers() {
        List<BigDecimal> numbers = new ArrayList<>(List.of("-99999", "-1234.5", "-40", "-12.5", "-10", "-2.5", "-2.25", "-2",
                "-1.75", "-0.5", "-0.25", "-0.05", "0", "0.05", "0.25", "0.75", "2", "2.25", "2.5", "10", "12.5", "40", "99999.99")
                .stream().map(BigDecimal::new).toList());
        Collections.shuffle(numbers, new Random(7));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            keys.add(KEY.render(Map.of("celsius", numbers.get(i), "readingId", "r" + (numbers.size() - i))).orElseThrow());
        }
        List<String> byKey = keys.stream().sorted(UTF8).toList();
        List<String> byNumber = numbers.stream().sorted().map(n -> keys.get(numbers.indexOf(n))).toList();

        assertThat(byKey).containsExactlyElementsOf(byNumber);
    }

    @Test
    void aNonNegativeNumberIsZeroPaddedAsTheFormatSaysAndANegativeOneIsComplemented() {
        KeyTemplate t = KeyTemplate.of("{n:05}");
        assertThat(t.render(Map.of("n", 42))).contains("00042");
        assertThat(t.render(Map.of("n", 12.5))).contains("00012.5");
        assertThat(t.render(Map.of("n", 0))).contains("00000");
        assertThat(t.render(Map.of("n", -42))).contains("-99957~");
        assertThat(t.render(Map.of("n", -12.5))).contains("-99987.4~");
    }

    @Test
    void everyNumericTypeOfTheSameValueGivesTheSameText() {
        KeyTemplate t = KeyTemplate.of("{n:05}");
        List<Object> same = List.of(-2, -2L, -2.0, new BigDecimal("-2.00"), -2.0f);
        assertThat(same).extracting(v -> t.render(Map.of("n", v)).orElseThrow()).containsOnly("-99997~");
        assertThat(t.render(Map.of("n", 1.0E-7))).contains("00000.0000001");
    }
}
