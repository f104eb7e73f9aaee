package io.keysmith.local.store;

/**
 * A stored number's plain text from its exponent form, without a BigDecimal: the stored text is a canonical
 * BigDecimal's {@code toString}, which has an exponent for integers with trailing zeros ({@code 1.7E+9}) and for
 * numbers under 10^-6 ({@code 1.5E-7}). Must agree with {@code BigDecimal.toPlainString}.
 */
final class PlainNumbers {

    private PlainNumbers() {}

    /**
     * Writes the plain form of {@code text[from, end)}, whose {@code E} is at {@code exponentAt}, into
     * {@code scratch.digits} and returns its length; or -1 for a shape this does not handle (the caller then
     * uses BigDecimal).
     */
    static int plain(byte[] text, int from, int exponentAt, int end, EncodedItems.Scratch scratch) {
        int p = from;
        boolean negative = text[p] == '-';
        if (negative) {
            p++;
        }
        // the coefficient: one digit other than 0, then optionally a point and more digits
        if (p >= exponentAt || text[p] < '1' || text[p] > '9') {
            return -1;
        }
        int coefficientFrom = p;
        int coefficientDigits = 1;
        p++;
        if (p < exponentAt) {
            if (text[p] != '.') {
                return -1;
            }
            p++;
            for (int i = p; i < exponentAt; i++) {
                if (text[i] < '0' || text[i] > '9') {
                    return -1;
                }
            }
            coefficientDigits += exponentAt - p;
            if (exponentAt == p) {
                return -1;
            }
        }
        int e = exponentAt + 1;
        if (e >= end - 1 || (text[e] != '+' && text[e] != '-') || end - e - 1 > 4) {
            return -1;
        }
        boolean down = text[e] == '-';
        int exponent = 0;
        for (int i = e + 1; i < end; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            exponent = exponent * 10 + (text[i] - '0');
        }
        int fraction = coefficientDigits - 1;
        if (!down && exponent < fraction || down && exponent == 0) {
            return -1;
        }
        // the integer: the coefficient's digits, then zeros; the small number: "0.", zeros, the digits
        int length = (negative ? 1 : 0) + (down ? 1 + exponent + coefficientDigits - 1 + 1 : coefficientDigits + exponent - fraction);
        byte[] out = scratch.digits(length);
        int o = 0;
        if (negative) {
            out[o++] = '-';
        }
        if (down) {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = 1; i < exponent; i++) {
                out[o++] = '0';
            }
        }
        for (int i = coefficientFrom; i < exponentAt; i++) {
            if (text[i] != '.') {
                out[o++] = text[i];
            }
        }
        if (!down) {
            for (int i = 0; i < exponent - fraction; i++) {
                out[o++] = '0';
            }
        }
        return o;
    }
}
