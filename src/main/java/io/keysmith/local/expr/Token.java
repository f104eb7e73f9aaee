package io.keysmith.local.expr;

/** One lexical token of an expression, with its place in the source text (for syntax error messages). */
record Token(Kind kind, String text, int start, int end) {

    enum Kind { NAME, ATTR_NAME, ATTR_VALUE, NUMBER, PUNCT, UNKNOWN, EOF }

    boolean is(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }
}
