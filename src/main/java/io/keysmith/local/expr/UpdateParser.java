package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parses an update expression: SET, REMOVE, ADD and DELETE clauses, each at most once, in any order. */
final class UpdateParser extends Parser {

    private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains", "size");
    private static final Map<String, String> TYPE_NAMES = Map.of("S", "STRING", "N", "NUMBER", "B", "BINARY",
            "NULL", "NULL", "BOOL", "BOOLEAN", "L", "LIST", "M", "MAP");

    private final Set<String> sections = new HashSet<>();
    private final PathOverlaps overlaps = new PathOverlaps(problems);
    private final List<UpdateAction> actions = new ArrayList<>();

    UpdateParser(String text, ExpressionInput input) {
        super(text, input, "UpdateExpression", Problems.UPDATE);
    }

    List<UpdateAction> parse() {
        do {
            section();
        } while (peek().kind() != Token.Kind.EOF);
        problems.throwIfAny();
        return actions;
    }

    @Override
    boolean isKeyword(Token token) {
        return token.kind() == Token.Kind.NAME && CLAUSES.contains(token.text().toUpperCase(Locale.ROOT));
    }

    private void section() {
        Token keyword = next();
        if (!isKeyword(keyword)) {
            throw syntaxError(keyword);
        }
        String name = keyword.text().toUpperCase(Locale.ROOT);
        if (!sections.add(name)) {
            problems.add(Problems.Kind.SECTION, "The \"" + name + "\" section can only be used once in an update expression;");
        }
        while (true) {
            Path path = parsePath();
            overlaps.add(path);
            actions.add(switch (name) {
                case "SET" -> {
                    expect("=");
                    yield new UpdateAction.Set(path, setValue());
                }
                case "REMOVE" -> new UpdateAction.Remove(path);
                case "ADD" -> new UpdateAction.Add(path, setOperand("ADD"));
                default -> new UpdateAction.Delete(path, setOperand("DELETE"));
            });
            if (!peek().is(",")) {
                return;
            }
            next();
        }
    }

    /** ADD takes a number or a set, DELETE a set; anything else is refused when parsing. */
    private Value setOperand(String operator) {
        Token t = next();
        if (t.kind() != Token.Kind.ATTR_VALUE) {
            throw syntaxError(t);
        }
        Value value = literal(t).value();
        String type = value == null ? null : TYPE_NAMES.get(value.type());
        if (type != null && !(operator.equals("ADD") && value instanceof Value.N)) {
            problems.add(Problems.Kind.OPERAND, "Incorrect operand type for operator or function; operator: " + operator + ", operand type: " + type);
        }
        return value;
    }

    /** operand, operand + operand or operand - operand, the whole possibly in parentheses. */
    private Operand setValue() {
        Operand left;
        if (peek().is("(")) {
            next();
            left = setValue();
            expect(")");
        } else {
            left = operand();
        }
        Token op = peek();
        if (!op.is("+") && !op.is("-")) {
            return left;
        }
        if (left instanceof Operand.Arith) {
            throw syntaxError(op);
        }
        next();
        Operand right = operandParens();
        for (Operand o : List.of(left, right)) {
            checkType(op.text(), o, "N");
        }
        return new Operand.Arith(op.text(), left, right);
    }

    @Override
    Operand operandParens() {
        if (!peek().is("(")) {
            return operand();
        }
        next();
        Operand inner = operandParens();
        expect(")");
        return inner;
    }

    @Override
    Operand call() {
        String name = next().text();
        List<Operand> args = arguments();
        if (name.equals("if_not_exists") || name.equals("list_append")) {
            checkArgCount(problems, name, args, 2);
            if (args.size() == 2 && name.equals("if_not_exists") && !(args.get(0) instanceof Operand.PathRef)) {
                problems.add(Problems.Kind.FUNCTION, "Operator or function requires a document path; operator or function: " + name);
            }
            if (name.equals("list_append")) {
                args.forEach(a -> checkType(name, a, "L"));
            }
        } else if (CONDITION_FUNCTIONS.contains(name)) {
            problems.add(Problems.Kind.UNKNOWN_FUNCTION, "The function is not allowed in an update expression; function: " + name);
        } else {
            problems.add(Problems.Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
        }
        return new Operand.Call(name, args);
    }

    private void checkType(String function, Operand operand, String expected) {
        String type = literalType(operand);
        if (type != null && !type.equals(expected)) {
            problems.add(Problems.Kind.FUNCTION, "Incorrect operand type for operator or function; operator or function: "
                    + function + ", operand type: " + type);
        }
    }
}
