package io.keysmith.local.expr;

import io.keysmith.local.DynamoException;
import io.keysmith.local.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the parsers of the four expression languages share: tokens, syntax errors, document paths and attribute values. */
abstract class Parser {

    /** DynamoDB's limit on any expression string. */
    static final int MAX_EXPRESSION_BYTES = 4096;

    final String text;
    final String clause;
    final ExpressionInput input;
    final Problems problems;
    private final List<Token> tokens;
    private int pos;

    Parser(String text, ExpressionInput input, String clause, List<Problems.Kind> order) {
        if (text == null || text.isEmpty()) {
            throw Problems.invalid(clause, "The expression can not be empty;");
        }
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_EXPRESSION_BYTES) {
            throw Problems.invalid(clause, "Expression size has exceeded the maximum allowed size; expression size: " + size);
        }
        this.text = text;
        this.clause = clause;
        this.input = input;
        this.problems = new Problems(clause, order);
        this.tokens = Lexer.tokenize(text);
    }

    /** Whether a bare name is a keyword of this language (AND, OR... or SET, REMOVE...), never a path. */
    abstract boolean isKeyword(Token token);

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    int position() {
        return pos;
    }

    void expect(String punct) {
        if (!peek().is(punct)) {
            throw syntaxError(peek());
        }
        next();
    }

    void expectEnd() {
        if (peek().kind() != Token.Kind.EOF) {
            throw syntaxError(peek());
        }
    }

    /** DynamoDB quotes the offending token and the source from the token before it to the token after it. */
    DynamoException syntaxError(Token token) {
        int index = tokens.indexOf(token);
        int from = index > 0 ? tokens.get(index - 1).start() : token.start();
        Token after = index + 1 < tokens.size() ? tokens.get(index + 1) : token;
        int to = Math.max(token.end(), after.end());
        return Problems.invalid(clause, "Syntax error; token: \"" + token.text() + "\", near: \"" + text.substring(from, to) + "\"");
    }

    /** A document path: a name or #name, then any of .name, .#name and [index]. */
    Path parsePath() {
        List<Object> parts = new ArrayList<>();
        parts.add(pathName(next()));
        while (true) {
            if (peek().is(".")) {
                next();
                parts.add(pathName(next()));
            } else if (peek().is("[")) {
                next();
                Token index = next();
                if (index.kind() != Token.Kind.NUMBER || index.text().length() > 9) {
                    throw syntaxError(index);
                }
                parts.add(Integer.parseInt(index.text()));
                expect("]");
            } else {
                return new Path(parts);
            }
        }
    }

    private String pathName(Token t) {
        if (t.kind() == Token.Kind.ATTR_NAME) {
            String name = input.name(t.text());
            if (name == null) {
                problems.add(Problems.Kind.UNDEFINED,
                        "An expression attribute name used in the document path is not defined; attribute name: " + t.text());
                return t.text();
            }
            return name;
        }
        if (t.kind() != Token.Kind.NAME || isKeyword(t)) {
            throw syntaxError(t);
        }
        if (ReservedWords.contains(t.text())) {
            problems.add(Problems.Kind.RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + t.text());
        }
        return t.text();
    }

    /** The value of a :name token (null when undefined, which the parse then refuses). */
    /** A value, a function call or a document path: the operands both conditions and updates take. */
    Operand operand() {
        Token t = peek();
        if (t.kind() == Token.Kind.ATTR_VALUE) {
            return literal(next());
        }
        if (t.kind() == Token.Kind.NAME && !isKeyword(t) && peek(1).is("(")) {
            return call();
        }
        if (t.kind() == Token.Kind.NAME || t.kind() == Token.Kind.ATTR_NAME) {
            return new Operand.PathRef(parsePath());
        }
        throw syntaxError(t);
    }

    /** An operand, possibly in parentheses; languages with operands say how they treat the parentheses. */
    Operand operandParens() {
        return operand();
    }

    /** The parenthesised, comma-separated arguments of a function call. */
    List<Operand> arguments() {
        expect("(");
        List<Operand> args = new ArrayList<>();
        args.add(operandParens());
        while (peek().is(",")) {
            next();
            args.add(operandParens());
        }
        expect(")");
        return args;
    }

    /** A function call; each language that has functions names its own, the others refuse any. */
    Operand call() {
        throw syntaxError(peek());
    }

    Operand.Literal literal(Token t) {
        Value value = input.value(t.text());
        if (value == null) {
            problems.add(Problems.Kind.UNDEFINED,
                    "An expression attribute value used in expression is not defined; attribute value: " + t.text());
        }
        return new Operand.Literal(value);
    }

    /** The type of an operand known when parsing (a literal's type), or null. */
    static String literalType(Operand operand) {
        return operand instanceof Operand.Literal l && l.value() != null ? l.value().type() : null;
    }

    static void checkArgCount(Problems problems, String name, List<Operand> args, int expected) {
        if (args.size() != expected) {
            problems.add(Problems.Kind.COUNT, "Incorrect number of operands for operator or function; operator or function: "
                    + name + ", number of operands: " + args.size());
        }
    }
}
