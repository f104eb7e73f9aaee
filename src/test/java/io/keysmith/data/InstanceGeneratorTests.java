package io.keysmith.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.model.Relationship;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InstanceGeneratorTests {

    static Stream<String> samples() {
        return SampleModels.names().stream();
    }

    static Model sample(String name) {
        try (InputStream in = SampleModels.open(name)) {
            ModelReader.Result result = ModelReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(result.ok()).as(name + " reads").isTrue();
            return result.model();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSameSeedGivesTheSameInstancesAndAnotherSeedOthers(String name) {
        Model model = sample(name);
        SampleData a = new InstanceGenerator(model).generate(2_000, 42);
        SampleData b = new InstanceGenerator(model).generate(2_000, 42);
        SampleData c = new InstanceGenerator(model).generate(2_000, 43);
        assertThat(a).isEqualTo(b);
        assertThat(a.all()).isNotEqualTo(c.all());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theTotalIsSplitOverEveryEntity(String name) {
        Model model = sample(name);
        SampleData data = new InstanceGenerator(model).generate(10_000, 1);
        assertThat(data.size()).isEqualTo(10_000);
        for (Entity e : model.entities()) {
            assertThat(data.of(e.name())).as(e.name()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyForeignKeyNamesAnExistingParentWithinItsBounds(String name) {
        Model model = sample(name);
        SampleData data = new InstanceGenerator(model).generate(10_000, 3);
        for (Relationship r : model.relationships()) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                continue;
            }
            List<String> ids = model.entity(r.from()).orElseThrow().identifierNames();
            List<String> fk = r.foreignKey() == null ? ids : r.foreignKey();
            Set<List<Object>> parents = new HashSet<>();
            data.of(r.from()).forEach(p -> parents.add(ids.stream().map(p::get).toList()));
            Map<List<Object>, Integer> children = new HashMap<>();
            int linked = 0;
            for (Instance child : data.of(r.to())) {
                List<Object> key = fk.stream().map(child::get).toList();
                if (key.stream().allMatch(v -> v != null)) {
                    assertThat(parents).as(r.from() + " -> " + r.to() + " " + key).contains(key);
                    children.merge(key, 1, Integer::sum);
                    linked++;
                }
            }
            if (!r.from().equals(r.to())) {
                assertThat(linked).as(r.to() + " linked to " + r.from()).isGreaterThan(0);
            }
            int max = r.cardinality() == Cardinality.ONE_TO_ONE ? 1 : r.maxChildren() == null ? Integer.MAX_VALUE : r.maxChildren();
            assertThat(children.values()).allMatch(n -> n <= max);
        }
    }

    /** {@code export --to seed --count 5}: a total too small for every entity leaves out children, never their parents. */
    @ParameterizedTest
    @MethodSource("samples")
    void aSmallTotalNeverGivesAChildWithoutItsRequiredParent(String name) {
        Model model = sample(name);
        for (int total = 0; total <= 12; total++) {
            SampleData data = new InstanceGenerator(model).generate(total, 1);
            assertThat(data.size()).as("total " + total).isLessThanOrEqualTo(total);
            for (Relationship r : model.relationships()) {
                if (r.cardinality() == Cardinality.MANY_TO_MANY || r.from().equals(r.to())) {
                    continue;
                }
                Entity child = model.entity(r.to()).orElseThrow();
                List<String> ids = model.entity(r.from()).orElseThrow().identifierNames();
                List<String> fk = foreignKey(model, r);
                if (fk.stream().anyMatch(a -> child.attribute(a).map(Attribute::isOptional).orElse(true))) {
                    continue;
                }
                Set<List<Object>> parents = new HashSet<>();
                data.of(r.from()).forEach(p -> parents.add(ids.stream().map(p::get).toList()));
                for (Instance instance : data.of(r.to())) {
                    assertThat(parents).as(name + " total " + total + ": " + r.to() + " -> " + r.from())
                            .contains(fk.stream().map(instance::get).toList());
                }
            }
        }
    }

    /** At the default 100 instances every read pattern has data: a few of each entity, several children per parent. */
    @ParameterizedTest
    @MethodSource("samples")
    void atTheDefaultTotalEveryEntityHasAFewInstancesAndSomeParentSeveralChildren(String name) {
        Model model = sample(name);
        SampleData data = new InstanceGenerator(model).generate(100, 1);
        for (Entity e : model.entities()) {
            assertThat(data.of(e.name())).as(name + " " + e.name()).hasSizeGreaterThanOrEqualTo(3);
        }
        for (Relationship r : model.relationships()) {
            boolean several = r.cardinality() == Cardinality.ONE_TO_MANY && !r.from().equals(r.to())
                    && (r.maxChildren() == null || r.maxChildren() >= 2);
            if (!several) {
                continue;
            }
            List<String> fk = foreignKey(model, r);
            Map<List<Object>, Integer> children = new HashMap<>();
            data.of(r.to()).stream().map(c -> fk.stream().map(c::get).toList()).filter(k -> !k.contains(null))
                    .forEach(k -> children.merge(k, 1, Integer::sum));
            assertThat(children.values().stream().mapToInt(Integer::intValue).max().orElse(0))
                    .as(name + ": the most " + r.to() + " of one " + r.from()).isGreaterThanOrEqualTo(2);
        }
    }

    /** The child's attributes naming its parent: the relationship's foreign key, else the parent's identifiers it has. */
    private static List<String> foreignKey(Model model, Relationship r) {
        Entity child = model.entity(r.to()).orElseThrow();
        return r.foreignKey() != null ? r.foreignKey()
                : model.entity(r.from()).orElseThrow().identifierNames().stream().filter(child::hasAttribute).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void identifiersAndUniqueAttributesAreUnique(String name) {
        Model model = sample(name);
        SampleData data = new InstanceGenerator(model).generate(10_000, 5);
        for (Entity e : model.entities()) {
            List<Instance> instances = data.of(e.name());
            Set<List<Object>> ids = new HashSet<>();
            instances.forEach(i -> assertThat(ids.add(e.identifierNames().stream().map(i::get).toList()))
                    .as(e.name() + " identifier " + i).isTrue());
            for (Attribute a : e.uniqueAttributes()) {
                Set<Object> seen = new HashSet<>();
                instances.stream().map(i -> i.get(a.name())).filter(v -> v != null)
                        .forEach(v -> assertThat(seen.add(v)).as(e.name() + "." + a.name() + " " + v).isTrue());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void valuesFollowTypesEnumerationsAndFormats(String name) {
        Model model = sample(name);
        SampleData data = new InstanceGenerator(model).generate(3_000, 9);
        long now = Instant.now().getEpochSecond();
        for (Entity e : model.entities()) {
            for (Instance i : data.of(e.name())) {
                for (Attribute a : e.attributes()) {
                    Object v = i.get(a.name());
                    if (v == null) {
                        assertThat(a.isOptional() || a.partOfIdentifier() || isForeignKey(model, e, a))
                                .as(e.name() + "." + a.name() + " is only absent when optional or a reference").isTrue();
                        continue;
                    }
                    if (a.name().equals(e.ttl())) {
                        assertThat((Long) v).as("ttl in the future").isGreaterThan(now);
                    } else if (a.values() != null) {
                        assertThat(a.values().stream().anyMatch(x -> Values.same(x, v))).as(a.name() + " " + v).isTrue();
                    } else if (a.type() == AttributeType.DATETIME) {
                        assertThat((String) v).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
                    } else if ("email".equals(a.format())) {
                        assertThat((String) v).matches("[^@ ]+@example\\.com");
                    } else if ("uuid".equals(a.format())) {
                        assertThat((String) v).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
                    } else if ("ulid".equals(a.format())) {
                        assertThat((String) v).matches("[0-9A-HJKMNP-TV-Z]{26}");
                    } else if (a.type() == AttributeType.NUMBER) {
                        assertThat(v).isInstanceOfAny(Long.class, java.math.BigDecimal.class);
                    }
                }
            }
        }
    }

    private static boolean isForeignKey(Model model, Entity e, Attribute a) {
        return model.relationships().stream().anyMatch(r -> r.to().equals(e.name())
                && (r.foreignKey() == null ? List.of() : r.foreignKey()).contains(a.name()));
    }

    @Test
    void linkEntitiesJoinDistinctPairsAndNeverAnInstanceWithItself() {
        Model model = sample("twitter-feed.json");
        SampleData data = new InstanceGenerator(model).generate(10_000, 11);
        Set<List<Object>> pairs = new HashSet<>();
        for (Instance follow : data.of("Follow")) {
            assertThat(follow.get("followerId")).isNotEqualTo(follow.get("followeeId"));
            assertThat(pairs.add(List.of(follow.get("followerId"), follow.get("followeeId")))).isTrue();
        }
        assertThat(pairs).hasSizeGreaterThan(10);
    }

    @Test
    void childrenSpreadOverParentsWithSomeBusyOnes() {
        Model model = sample("online-shop.json");
        SampleData data = new InstanceGenerator(model).generate(10_000, 13);
        Map<Object, Integer> perCustomer = new HashMap<>();
        data.of("Order").forEach(o -> perCustomer.merge(o.get("customerId"), 1, Integer::sum));
        int most = perCustomer.values().stream().max(Integer::compare).orElseThrow();
        double mean = data.of("Order").size() / (double) data.of("Customer").size();
        assertThat(perCustomer.size()).as("customers with orders").isGreaterThan(data.of("Customer").size() / 2);
        assertThat((double) most).as("a busy customer").isGreaterThan(3 * mean);
    }

    @Test
    void childTimesFollowTheirParents() {
        Model model = sample("online-shop.json");
        SampleData data = new InstanceGenerator(model).generate(5_000, 17);
        Map<Object, String> customerCreated = new HashMap<>();
        data.of("Customer").forEach(c -> customerCreated.put(c.get("customerId"), (String) c.get("createdAt")));
        for (Instance order : data.of("Order")) {
            String created = customerCreated.get(order.get("customerId"));
            if (created != null) {
                assertThat((String) order.get("orderDate")).isGreaterThanOrEqualTo(created);
            }
        }
    }
}
