package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.assertRefused;
import static io.keysmith.local.expr.Values.input;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExpressionInputTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void readsNamesAndValuesFromARequest() {
        ExpressionInput in = ExpressionInput.from(json("{'ExpressionAttributeNames': {'#s': 'status'},"
                + " 'ExpressionAttributeValues': {':v': {'N': '1'}}, 'TableName': 't'}"));
        Condition c = Expressions.condition("#s = :v", in, "ConditionExpression");
        assertThat(c.test(Map.of("status", n("1")))).isTrue();
        in.checkAllUsed();
    }

    @Test
    void bothMapsMayBeAbsent() {
        ExpressionInput in = ExpressionInput.from(json("{'TableName': 't'}"));
        Expressions.condition("attribute_exists(a)", in, "ConditionExpression");
        in.checkAllUsed();
    }

    @Test
    void explicitlyEmptyMapsAreRefused() {
        assertRefused("ExpressionAttributeNames must not be empty", () -> ExpressionInput.from(json("{'ExpressionAttributeNames': {}}")));
        assertRefused("ExpressionAttributeValues must not be empty", () -> ExpressionInput.from(json("{'ExpressionAttributeValues': {}}")));
    }

    @Test
    void keysMustStartWithTheirMarker() {
        assertRefused("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
                () -> ExpressionInput.from(json("{'ExpressionAttributeNames': {'a': 'a'}}")));
        assertRefused("ExpressionAttributeValues contains invalid key: Syntax error; key: \"a\"",
                () -> ExpressionInput.from(json("{'ExpressionAttributeValues': {'a': {'S': 'b'}}}")));
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertRefused("ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :a",
                () -> ExpressionInput.from(json("{'ExpressionAttributeValues': {':a': {}}}")));
    }

    @Test
    void unusedNamesAreRefusedBeforeUnusedValues() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#a", "a");
        names.put("#b", "b");
        names.put("#c", "c");
        ExpressionInput in = input(names, ":x", s("x"), ":y", s("y"), ":z", s("z"));
        Expressions.condition("#b = :y", in, "ConditionExpression");
        assertRefused("Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #c}", in::checkAllUsed);
        Expressions.projection("#a, #c", in);
        assertRefused("Value provided in ExpressionAttributeValues unused in expressions: keys: {:x, :z}", in::checkAllUsed);
    }

    @Test
    void usesCountAcrossAllExpressionsOfARequest() {
        ExpressionInput in = input(Map.of("#a", "a"), ":v", n("1"), ":w", n("2"));
        Expressions.update("SET #a = :v", in);
        Expressions.condition("attribute_exists(#a) AND b = :w", in, "ConditionExpression");
        in.checkAllUsed();
    }
}
