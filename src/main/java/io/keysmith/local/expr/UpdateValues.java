package io.keysmith.local.expr;

import io.keysmith.local.DynamoException;
import io.keysmith.local.value.Numbers;
import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluates the right-hand side of a SET action against the item before the update. */
final class UpdateValues {

    private UpdateValues() {}

    static Value evaluate(Operand operand, Map<String, Value> item) {
        return switch (operand) {
            case Operand.Literal l -> l.value();
            case Operand.PathRef p -> {
                Value v = p.path().get(item);
                if (v == null) {
                    throw DynamoException.validation("The provided expression refers to an attribute that does not exist in the item");
                }
                yield v;
            }
            case Operand.Arith a -> {
                Value left = evaluate(a.left(), item);
                Value right = evaluate(a.right(), item);
                if (!(left instanceof Value.N l) || !(right instanceof Value.N r)) {
                    throw wrongType();
                }
                yield new Value.N(Numbers.check(a.op().equals("+") ? l.value().add(r.value()) : l.value().subtract(r.value())));
            }
            case Operand.Call call when call.name().equals("if_not_exists") -> {
                Value current = ((Operand.PathRef) call.args().get(0)).path().get(item);
                yield current != null ? current : evaluate(call.args().get(1), item);
            }
            case Operand.Call call -> {
                Value first = evaluate(call.args().get(0), item);
                Value second = evaluate(call.args().get(1), item);
                if (!(first instanceof Value.L a) || !(second instanceof Value.L b)) {
                    throw wrongType();
                }
                List<Value> values = new ArrayList<>(a.values());
                values.addAll(b.values());
                yield new Value.L(values);
            }
        };
    }

    static DynamoException wrongType() {
        return DynamoException.validation("An operand in the update expression has an incorrect data type");
    }
}
