package io.keysmith.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown escaping for GitHub: text that stays literal in paragraphs and table cells, code
 * spans that survive backticks, and labels safe inside Mermaid diagrams.
 */
public final class MarkdownText {

    private static final Pattern MERMAID_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-()\\[\\]]*");

    /** Mermaid's case-insensitive lexer reads {@code pk}, {@code fk} or {@code uk} before a word boundary as a key marker. */
    private static final Pattern MERMAID_KEY = Pattern.compile("(?i)(pk|fk|uk)\\b.*");

    private MarkdownText() {
    }

    /**
     * Literal inline text (never at the start of a line, where the templates put a list marker or
     * a table pipe): emphasis, links, code, math, pipes backslash-escaped, HTML neutralised, one line.
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        String flat = oneLine(value);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '$' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Inline code; a pipe is written as an entity-free escape that GitHub accepts inside tables. */
    public static String code(String value) {
        String flat = oneLine(value).replace("|", "\\|");
        int run = longestRun(flat, '`');
        String fence = "`".repeat(run + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** A Mermaid identifier: letters, digits and underscores only. */
    public static String mermaidId(String value) {
        String id = value.replaceAll("[^A-Za-z0-9_]", "_");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "E_" + id : id;
    }

    /**
     * An attribute line of a Mermaid ER diagram: type, name and key markers ({@code PK}, {@code FK},
     * {@code UK}). A name Mermaid reads as one word (letters, digits, {@code _ - ( ) [ ]}, in every
     * Mermaid version with attributes) stays as it is; another one is shown with its other
     * characters as {@code _} and, in the attribute's comment, exactly.
     */
    public static String mermaidAttribute(String type, String name, List<String> keys) {
        boolean word = mermaidWord(name);
        String shown = word ? name : name.replaceAll("[^A-Za-z0-9_]", "_");
        shown = word || mermaidWord(shown) ? shown : "_" + shown;
        return mermaidId(type) + " " + shown + (keys.isEmpty() ? "" : " " + String.join(", ", keys))
                + (word ? "" : " " + mermaidLabel("name: " + name));
    }

    private static boolean mermaidWord(String name) {
        return MERMAID_WORD.matcher(name).matches() && !MERMAID_KEY.matcher(name).matches();
    }

    /** A quoted Mermaid label: quotes and line breaks removed, since Mermaid has no escape for them. */
    public static String mermaidLabel(String value) {
        return "\"" + value.replaceAll("[\"\\r\\n`]", "'").replace("<", "&lt;").replace(">", "&gt;") + "\"";
    }

    /** Line breaks of any kind and other control characters become spaces. */
    private static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            current = s.charAt(i) == c ? current + 1 : 0;
            best = Math.max(best, current);
        }
        return best;
    }
}
