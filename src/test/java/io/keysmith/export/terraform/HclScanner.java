package io.keysmith.export.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * A small HCL lexer for tests: decodes every quoted string (escapes, {@code $${}, {@code %%{})
 * and fails on what would make Terraform read text as code: an interpolation or directive in a
 * string, a raw line break in a string, or unbalanced braces and brackets.
 */
final class HclScanner {

    private HclScanner() {
    }

    static List<String> strings(String hcl) {
        List<String> strings = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < hcl.length()) {
            char c = hcl.charAt(i);
            if (c == '#') {
                i = hcl.indexOf('\n', i) < 0 ? hcl.length() : hcl.indexOf('\n', i);
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < 0) {
                    throw new AssertionError("unbalanced close at " + i);
                }
            } else if (c == '"') {
                StringBuilder s = new StringBuilder();
                i++;
                while (hcl.charAt(i) != '"') {
                    char d = hcl.charAt(i);
                    if (d == '\n' || d == '\r') {
                        throw new AssertionError("line break inside a string at " + i);
                    }
                    if (d == '\\') {
                        char e = hcl.charAt(i + 1);
                        switch (e) {
                            case 'n' -> s.append('\n');
                            case 'r' -> s.append('\r');
                            case 't' -> s.append('\t');
                            case '"' -> s.append('"');
                            case '\\' -> s.append('\\');
                            case 'u' -> {
                                s.append((char) Integer.parseInt(hcl.substring(i + 2, i + 6), 16));
                                i += 4;
                            }
                            default -> throw new AssertionError("unknown escape \\" + e + " at " + i);
                        }
                        i += 2;
                    } else if ((d == '$' || d == '%') && hcl.startsWith(d + "" + d + "{", i)) {
                        s.append(d).append('{');
                        i += 3;
                    } else if ((d == '$' || d == '%') && hcl.startsWith(d + "{", i)) {
                        throw new AssertionError("template sequence " + d + "{ inside a string at " + i);
                    } else {
                        s.append(d);
                        i++;
                    }
                }
                strings.add(s.toString());
            }
            i++;
        }
        if (depth != 0) {
            throw new AssertionError("unbalanced braces: depth " + depth);
        }
        return strings;
    }
}
