package io.keysmith.local.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; a character it does not know becomes a token of its own, refused by the parser. */
final class Lexer {

    private Lexer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (c == '#' || c == ':') {
                i = wordEnd(text, i + 1);
                kind = c == '#' ? Token.Kind.ATTR_NAME : Token.Kind.ATTR_VALUE;
            } else if (isLetter(c) || c == '_') {
                i = wordEnd(text, i + 1);
                kind = Token.Kind.NAME;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else if (text.startsWith("<>", i) || text.startsWith("<=", i) || text.startsWith(">=", i)) {
                i += 2;
                kind = Token.Kind.PUNCT;
            } else if ("()[],.=<>+-".indexOf(c) >= 0) {
                i++;
                kind = Token.Kind.PUNCT;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Token.Kind.UNKNOWN;
            }
            tokens.add(new Token(kind, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Token.Kind.EOF, "<EOF>", n, n));
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && (isLetter(text.charAt(i)) || text.charAt(i) == '_'
                || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
