package io.keysmith.local.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses a condition, filter or key condition expression (precedence: comparisons, then NOT, AND, OR). */
final class ConditionParser extends Parser {

    static final int MAX_IN_OPERANDS = 100;
    private static final Set<String> COMPARATORS = Set.of("=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Map<String, Integer> FUNCTIONS = Map.of("attribute_exists", 1, "attribute_not_exists", 1,
            "attribute_type", 2, "begins_with", 2, "contains", 2, "size", 1);

    /** Token index of each grouping '(' to that of its ')', to spot {@code ((x))}, which DynamoDB refuses. */
    private final Map<Integer, Integer> groups = new HashMap<>();

    ConditionParser(String text, ExpressionInput input, String clause) {
        super(text, input, clause, Problems.CONDITION);
    }

    Cond parse() {
        Node node = parseOr();
        expectEnd();
        Cond cond = asCond(node, peek());
        problems.throwIfAny();
        return cond;
    }

    @Override
    boolean isKeyword(Token token) {
        return token.kind() == Token.Kind.NAME && KEYWORDS.contains(token.text().toUpperCase(java.util.Locale.ROOT));
    }

    private Node parseOr() {
        Node left = parseAnd();
        while (peek().isKeyword("OR")) {
            Cond l = asCond(left, next());
            left = new Cond.Or(l, asCond(parseAnd(), peek()));
        }
        return left;
    }

    private Node parseAnd() {
        Node left = parseNot();
        while (peek().isKeyword("AND")) {
            Cond l = asCond(left, next());
            left = new Cond.And(l, asCond(parseNot(), peek()));
        }
        return left;
    }

    private Node parseNot() {
        if (peek().isKeyword("NOT")) {
            next();
            return new Cond.Not(asCond(parseNot(), peek()));
        }
        return parseComparison();
    }

    private Node parseComparison() {
        Node left = parsePrimary();
        Token t = peek();
        if (t.kind() == Token.Kind.PUNCT && COMPARATORS.contains(t.text())) {
            Operand l = asOperand(left, t);
            next();
            Operand r = operandParens();
            checkDistinct(t.text(), l, r);
            return new Cond.Compare(t.text(), l, r);
        }
        if (t.isKeyword("BETWEEN")) {
            Operand operand = asOperand(left, t);
            next();
            Operand low = operandParens();
            if (!peek().isKeyword("AND")) {
                throw syntaxError(peek());
            }
            next();
            Operand high = operandParens();
            ConditionChecks.between(problems, low, high);
            return new Cond.Between(operand, low, high);
        }
        if (t.isKeyword("IN")) {
            Operand operand = asOperand(left, t);
            next();
            List<Operand> candidates = arguments();
            if (candidates.size() > MAX_IN_OPERANDS) {
                problems.add(Problems.Kind.FUNCTION,
                        "The IN operator is provided with too many operands; number of operands: " + candidates.size());
            }
            return new Cond.In(operand, candidates);
        }
        return left;
    }

    /** A parenthesised condition or operand, or an operand. */
    private Node parsePrimary() {
        if (!peek().is("(")) {
            return operand();
        }
        int open = position();
        next();
        Node inner = parseOr();
        expect(")");
        group(open);
        return inner;
    }

    /** An operand, possibly in parentheses (where only an operand may stand). */
    @Override
    Operand operandParens() {
        if (!peek().is("(")) {
            return asOperand(operand(), peek());
        }
        int open = position();
        next();
        Operand inner = operandParens();
        expect(")");
        group(open);
        return inner;
    }

    private void group(int open) {
        int close = position() - 1;
        if (groups.getOrDefault(open + 1, -1) == close - 1) {
            problems.add(Problems.Kind.PARENS, "The expression has redundant parentheses;");
        }
        groups.put(open, close);
    }

    @Override
    Operand call() {
        String name = next().text();
        List<Operand> args = arguments();
        Integer count = FUNCTIONS.get(name);
        if (count == null) {
            problems.add(Problems.Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
        } else {
            checkArgCount(problems, name, args, count);
            if (args.size() == count) {
                if (count == 2) {
                    checkDistinct(name, args.get(0), args.get(1));
                }
                ConditionChecks.function(problems, name, args);
            }
        }
        return new Operand.Call(name, args);
    }


    /** A function call stands as a condition when it is one of the boolean functions. */
    private Cond asCond(Node node, Token after) {
        return switch (node) {
            case Cond c -> c;
            case Operand.Call call -> {
                if (call.name().equals("size")) {
                    misused(call.name());
                }
                yield new Cond.Function(call.name(), call.args());
            }
            case Operand o -> throw syntaxError(after);
        };
    }

    /** Only size() may stand where a value is compared. */
    private Operand asOperand(Node node, Token after) {
        return switch (node) {
            case Operand.Call call when !call.name().equals("size") && FUNCTIONS.containsKey(call.name()) -> {
                misused(call.name());
                yield call;
            }
            case Operand o -> o;
            case Cond c -> throw syntaxError(after);
        };
    }

    private void misused(String function) {
        problems.add(Problems.Kind.MISUSED_FUNCTION, "The function is not allowed to be used this way in an expression; function: " + function);
    }

    private void checkDistinct(String operator, Operand first, Operand second) {
        if (first instanceof Operand.PathRef a && second instanceof Operand.PathRef b && a.equals(b)) {
            problems.add(Problems.Kind.DISTINCT, "The first operand must be distinct from the remaining operands for this operator or function; operator: "
                    + operator + ", first operand: " + a.path());
        }
    }
}
