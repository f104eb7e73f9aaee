package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WriteShardingRuleTests {

    private static Design sample(String name) throws IOException {
        return design(Files.readString(Path.of("src/test/resources/design/sharding/" + name + ".model.json"),
                StandardCharsets.UTF_8));
    }

    @Test
    void aGlobalTopTenUpdatedThousandsOfTimesASecondIsSpreadOverWriterChosenShards() throws IOException {
        Design d = sample("leaderboard");
        // 3,000 score updates/s move the item inside the index (2 writes each) plus 20 creates: 6,020 units/s
        assertThat(row(d, "Player").keys().get("GSI1PK")).isEqualTo("PLAYER#ALL#{#shard:16}");
        PatternPlan top = plan(d, "AP2");
        assertThat(top.shards()).isEqualTo(16);
        assertThat(top.keyCondition().get("GSI1PK").value()).isEqualTo("PLAYER#ALL#{#shard:16}");
        assertThat(top.verdict()).contains("scatter-gather over 16 write shards").contains("cut to 10");
        Step s = step(d, "write-sharding");
        assertThat(s.fired()).isTrue();
        assertThat(String.join(" ", s.changes())).contains("6,020 write units/s").contains("= 12.0").contains("16 shards");
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("hot-partition"));
    }

    @Test
    void eventsKeyedByDayAtTenThousandWritesASecondGetShardsBecauseEveryNewEventHasTodaysDay() throws IOException {
        Design d = sample("daily-events");
        assertThat(row(d, "Event").keys().get("GSI1PK")).isEqualTo("EVENT#DAY#{day}#{#shard:32}");
        assertThat(plan(d, "AP2").shards()).isEqualTo(32);
        assertThat(String.join(" ", step(d, "write-sharding").changes())).contains("10,000 write units/s")
                .contains("today's day");
        // the lookup by id stays one GetItem on the base table
        assertThat(plan(d, "AP1").shards()).isNull();
        assertThat(plan(d, "AP1").keyCondition().get("PK").value()).isEqualTo("EVENT#{eventId}");
    }

    @Test
    void anIndexByASkewedStatusIsShardedFromTheWeightOfItsMostFrequentValue() throws IOException {
        Design d = sample("status-log");
        // 2,000 creates/s x 86% on status 200 = 1,720 units/s: 4 shards
        assertThat(row(d, "Request").keys().get("GSI1PK")).isEqualTo("REQUEST#STATUS#{status}#{#shard:4}");
        assertThat(plan(d, "AP2").shards()).isEqualTo(4);
        assertThat(String.join(" ", step(d, "write-sharding").changes())).contains("86%").contains("1,720");
    }

    @Test
    void anEvenlySpreadStatusStaysUnshardedAtTheSameRate() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/design/sharding/status-log.model.json"),
                StandardCharsets.UTF_8).replace(", \"weights\": [86, 8, 3, 3]", "");
        Design d = design(text);
        // 2,000 creates/s over 4 equally frequent values: 500 units/s per partition
        assertThat(row(d, "Request").keys().get("GSI1PK")).isEqualTo("REQUEST#STATUS#{status}");
        assertThat(plan(d, "AP2").shards()).isNull();
        assertThat(step(d, "write-sharding").fired()).isFalse();
    }

    private static final String ENTRY = """
            {"name": "Entry", "attributes": [{"name": "day", "type": "date", "identifier": true},
              {"name": "entryId", "type": "string", "identifier": true}, {"name": "amount", "type": "number"}]}""";

    @Test
    void aHotTableKeyThatReadersCannotAddressIsWarnedAboutNamingTheTable() {
        Design d = design(model(ENTRY, "", read("AP1", "Entry", "{\"attribute\": \"day\", \"op\": \"=\"}") + ","
                + "{\"id\": \"AP2\", \"name\": \"book\", \"type\": \"create\", \"entity\": \"Entry\", \"rate\": 5000}"));
        assertThat(row(d, "Entry").keys().get("PK")).doesNotContain("#shard");
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("hot-partition") && w.severity().equals("warning")
                && w.message().contains("of the table takes 5,000 write units/s"));
    }

    @Test
    void shardCountsAreTwiceTheLoadOverTheLimitRoundedUpToAPowerOfTwo() {
        assertThat(WriteShardingRule.shards(1001)).isEqualTo(4);
        assertThat(WriteShardingRule.shards(1720)).isEqualTo(4);
        assertThat(WriteShardingRule.shards(6020)).isEqualTo(16);
        assertThat(WriteShardingRule.shards(10000)).isEqualTo(32);
    }

    @Test
    void theCostSummaryCountsEveryShardRequestOfAScatterGatherRead() throws IOException {
        for (String name : new String[] {"leaderboard", "daily-events", "status-log"}) {
            Design d = sample(name);
            PatternPlan read = plan(d, "AP2");
            assertThat(read.shards()).as(name).isGreaterThan(1);
            double rate = io.keysmith.model.ModelJson.MAPPER.readValue(Files.readString(Path.of(
                    "src/test/resources/design/sharding/" + name + ".model.json")), io.keysmith.model.Model.class)
                    .accessPatterns().stream().filter(p -> p.id().equals("AP2")).findFirst().orElseThrow().rateOrDefault();
            io.keysmith.design.Cost.IndexCost index = d.cost().indexes().stream()
                    .filter(i -> read.index().equals(i.index())).findFirst().orElseThrow();
            // the index serves no other read: its read units are the N requests the plan makes, each at the pattern's rate
            assertThat(index.readUnitsPerSecond()).as(name).isEqualTo(rate * read.readUnits());
            assertThat(read.readUnits()).as(name).isGreaterThanOrEqualTo(read.shards() * 0.5);
        }
    }
}
