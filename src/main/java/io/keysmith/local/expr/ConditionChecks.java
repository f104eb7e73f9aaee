package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueOrder;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The checks DynamoDB makes on condition function and BETWEEN operands when parsing, from what is known then. */
final class ConditionChecks {

    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M");

    private ConditionChecks() {}

    static void between(Problems problems, Operand low, Operand high) {
        if (!(low instanceof Operand.Literal l && l.value() != null && high instanceof Operand.Literal h && h.value() != null)) {
            return;
        }
        String bounds = "lower bound operand: AttributeValue: " + show(l.value()) + ", upper bound operand: AttributeValue: " + show(h.value());
        if (!l.value().type().equals(h.value().type())) {
            problems.add(Problems.Kind.FUNCTION, "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
        } else if (ValueOrder.isScalar(l.value()) && ValueOrder.compare(l.value(), h.value()) > 0) {
            problems.add(Problems.Kind.FUNCTION,
                    "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
        }
    }

    static void function(Problems problems, String name, List<Operand> args) {
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> {
                if (!(args.get(0) instanceof Operand.PathRef)) {
                    problems.add(Problems.Kind.FUNCTION, "Operator or function requires a document path; operator or function: " + name);
                }
            }
            case "begins_with" -> {
                for (Operand arg : args) {
                    String type = type(arg);
                    if (type != null && !type.equals("S") && !type.equals("B")) {
                        wrongType(problems, name, type);
                        return;
                    }
                }
            }
            case "attribute_type" -> {
                String type = type(args.get(1));
                if (!"S".equals(type)) {
                    wrongType(problems, name, type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type);
                } else if (args.get(1) instanceof Operand.Literal l && !TYPE_NAMES.contains(((Value.S) l.value()).value())) {
                    problems.add(Problems.Kind.FUNCTION, "Invalid attribute type name found; type: " + ((Value.S) l.value()).value()
                            + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                }
            }
            case "size" -> {
                String type = type(args.get(0));
                if (type != null && Set.of("N", "BOOL", "NULL").contains(type)) {
                    wrongType(problems, name, type);
                }
            }
            default -> { }
        }
    }

    /** The type of an operand when known at parse time: a literal's, or N for size(). */
    private static String type(Operand operand) {
        if (operand instanceof Operand.Call call && call.name().equals("size")) {
            return "N";
        }
        return Parser.literalType(operand);
    }

    private static void wrongType(Problems problems, String function, String type) {
        problems.add(Problems.Kind.FUNCTION, "Incorrect operand type for operator or function; operator or function: " + function
                + ", operand type: " + type);
    }

    /** DynamoDB's form of a value in messages: {@code {N:1}}, {@code {S:a}}. */
    static String show(Value v) {
        String shown = switch (v) {
            case Value.S s -> s.value();
            case Value.N n -> n.text();
            case Value.B b -> Base64.getEncoder().encodeToString(b.value().toArray());
            default -> v.toString();
        };
        return "{" + v.type() + ":" + shown + "}";
    }
}
