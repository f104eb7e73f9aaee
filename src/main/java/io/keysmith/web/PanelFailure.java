package io.keysmith.web;

import io.keysmith.export.ExportException;

/**
 * The sentence a panel shows when the engine or an exporter fails: what could not be done and why.
 * A refusal the code words for people (an export's naming rule, a bad argument) is quoted; anything
 * else is a bug, named as one with the exception's kind, since its message is meant for programmers.
 */
final class PanelFailure {

    private PanelFailure() {
    }

    static String sentence(String what, RuntimeException e) {
        boolean worded = (e instanceof ExportException || e instanceof IllegalArgumentException)
                && e.getMessage() != null && !e.getMessage().isBlank();
        String why = worded ? firstLine(e.getMessage())
                : "Keysmith hit an internal error (" + e.getClass().getSimpleName() + "). Please report it with the model";
        return what + ": " + why + (why.endsWith(".") ? "" : ".") + " The details are in the server log.";
    }

    private static String firstLine(String s) {
        int cut = s.indexOf('\n');
        return (cut < 0 ? s : s.substring(0, cut)).strip();
    }
}
