package io.keysmith.export.code;

import java.util.List;

/** What a code template prints: per request a comment, a function name, parameters and body lines, all ready as source. */
record CodeView(String title, List<Snippet> snippets) {

    record Snippet(String comment, String function, String returnType, List<String> parameters, String parameterList,
            List<String> lines) {
    }
}
