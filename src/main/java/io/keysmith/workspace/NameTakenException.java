package io.keysmith.workspace;

/** A model name refused because another model of the workspace has it already (names tell models apart). */
public final class NameTakenException extends RuntimeException {

    NameTakenException(String name) {
        super(sentence(name));
    }

    /** What the user is told, wherever the name was typed (a dialog, the Settings tab). */
    public static String sentence(String name) {
        return "Another model is already named \u201c" + name + "\u201d; choose a name no other model has.";
    }
}
