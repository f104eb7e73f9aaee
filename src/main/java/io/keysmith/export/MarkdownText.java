package io.keysmith.export;

/**
 * Markdown escaping for GitHub: text that stays literal in paragraphs and table cells, code
 * spans that survive backticks, and labels safe inside Mermaid diagrams.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * Literal inline text (never at the start of a line, where the templates put a list marker or
     * a table pipe): emphasis, links, code, math, pipes backslash-escaped, HTML neutralised, one line.
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        String flat = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
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
        String flat = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
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

    /** A quoted Mermaid label: quotes and line breaks removed, since Mermaid has no escape for them. */
    public static String mermaidLabel(String value) {
        return "\"" + value.replaceAll("[\"\\r\\n`]", "'").replace("<", "&lt;").replace(">", "&gt;") + "\"";
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
