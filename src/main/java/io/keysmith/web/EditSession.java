package io.keysmith.web;

import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.ConflictException;
import io.keysmith.workspace.NameTakenException;
import io.keysmith.workspace.Snapshot;
import io.keysmith.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * One editor's work on one model: the JSON tree being edited, undo and redo, and the autosave
 * that refuses to overwrite a file changed by another tab (then {@link #conflict()} says so).
 */
final class EditSession {

    /** What changed: {@code origin} is the editor section that made the change, null for undo, redo and reloads. */
    record Change(Object origin, boolean structural) {
    }

    private static final int MAX_UNDO = 200;

    /**
     * The most text undo and redo hold together: each step is the whole model, so a 4 MB model keeps
     * about a dozen steps rather than filling the heap with 200 of them.
     */
    static final long MAX_UNDO_CHARS = 48L * 1024 * 1024;

    /** Edits of one field this close together are one undo step: the value is sent at each pause in typing. */
    private static final long TYPING_RUN_NANOS = 2_000_000_000L;

    private final Workspace workspace;
    private final String id;
    private ObjectNode doc;
    /** The tree as text when no change is under way: what was last loaded or saved, so an edit serializes the model once. */
    private String text;
    private String version;
    private ModelReader.Result result;
    private Snapshot conflict;
    private String tooLarge;
    private final Deque<String> undo = new ArrayDeque<>();
    private final Deque<String> redo = new ArrayDeque<>();
    private final List<Consumer<Change>> listeners = new ArrayList<>();
    private final List<Consumer<String>> lookers = new ArrayList<>();
    private final List<Consumer<String>> revealers = new ArrayList<>();
    private String typing;
    private long typedAt;

    EditSession(Workspace workspace, String id, Snapshot snapshot) {
        this.workspace = workspace;
        this.id = id;
        load(snapshot);
    }

    static boolean isJsonObject(String text) {
        try {
            return ModelJson.parseTree(text) instanceof ObjectNode;
        } catch (tools.jackson.core.JacksonException e) {
            return false;
        }
    }

    String id() {
        return id;
    }

    ObjectNode doc() {
        return doc;
    }

    String text() {
        return text;
    }

    /** The model read from the current tree, with every problem the reader and validator found. */
    ModelReader.Result result() {
        return result;
    }

    /** The file's newer content when the last save was refused because another tab changed it. */
    Snapshot conflict() {
        return conflict;
    }

    void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Tells the panels which item the user is looking at in the editor ({@code accessPatterns[3]}): the design marks its plan. */
    void looking(String location) {
        lookers.forEach(l -> l.accept(location));
    }

    void onLooking(Consumer<String> listener) {
        lookers.add(listener);
    }

    /** Asks the editor to show an item ({@code accessPatterns[3]}): the link from a plan back to its pattern. */
    void reveal(String location) {
        revealers.forEach(l -> l.accept(location));
    }

    void onReveal(Consumer<String> listener) {
        revealers.add(listener);
    }

    /**
     * Applies a change to the tree, records it for undo and saves; a change that makes the model larger
     * than the server holds is undone and {@link #tooLarge()} says why.
     */
    void edit(Object origin, boolean structural, Consumer<ObjectNode> change) {
        String before = text;
        change.accept(doc);
        String after = ModelJson.write(doc);
        if (before.equals(after)) {
            return;
        }
        ModelReader.Result checked = ModelReader.check(doc);
        if (refusedAsTooLarge(before, after, checked)) {
            listeners.forEach(l -> l.accept(new Change(origin, true)));
            return;
        }
        accept(before, after, checked, new Change(origin, structural));
    }

    /**
     * Applies a field's change unless it adds an error about that field ({@link FieldRefusal}) or makes the
     * model larger than the server holds; a refused change leaves the tree and the file as they were.
     * Returns the reasons for refusing, empty when applied.
     */
    List<String> editField(Object origin, boolean structural, String location, Consumer<ObjectNode> change) {
        String before = text;
        change.accept(doc);
        String after = ModelJson.write(doc);
        if (before.equals(after)) {
            return List.of();
        }
        ModelReader.Result checked = ModelReader.check(doc);
        if (refusedAsTooLarge(before, after, checked)) {
            return List.of(tooLarge);
        }
        List<String> reasons = FieldRefusal.reasons(location, result.problems(), checked.problems());
        if (reasons.isEmpty() && location.equals("name")) {
            reasons = nameRefusal(JsonPaths.text(doc, "name"));
        }
        if (!reasons.isEmpty()) {
            doc = (ObjectNode) ModelJson.parseTree(before);
            return reasons;
        }
        long now = System.nanoTime();
        boolean sameRun = location.equals(typing) && now - typedAt < TYPING_RUN_NANOS && !undo.isEmpty();
        accept(sameRun ? null : before, after, checked, new Change(origin, structural));
        typing = location;
        typedAt = now;
        return List.of();
    }

    /** A name another model of the workspace has is refused: names tell the models apart. */
    private List<String> nameRefusal(String name) {
        return !name.isBlank() && workspace.nameTaken(name, id) ? List.of(NameTakenException.sentence(name.strip())) : List.of();
    }

    /** Why the last change was not kept: the model would have been larger than the server holds; null when kept. */
    String tooLarge() {
        return tooLarge;
    }

    private boolean refusedAsTooLarge(String before, String after, ModelReader.Result checked) {
        // counted in the tree: an edit can leave the model unreadable and still too large
        tooLarge = workspace.limits().refuses(id + ".json", after.getBytes(StandardCharsets.UTF_8).length,
                doc.path("entities").size(), doc.path("accessPatterns").size()).orElse(null);
        if (tooLarge != null) {
            doc = (ObjectNode) ModelJson.parseTree(before);
        }
        return tooLarge != null;
    }

    /** {@code before} is null when the change continues the typing of the last one (already undoable). */
    private void accept(String before, String after, ModelReader.Result checked, Change change) {
        typing = null;
        if (before != null) {
            push(undo, before);
        }
        redo.clear();
        result = checked;
        text = after;
        save(after);
        listeners.forEach(l -> l.accept(change));
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void undo() {
        if (canUndo()) {
            String earlier = undo.pop(); // taken before the push, which may drop old steps to stay in bounds
            push(redo, text());
            replace(earlier);
        }
    }

    void redo() {
        if (canRedo()) {
            String later = redo.pop();
            push(undo, text());
            replace(later);
        }
    }

    /** Takes the other tab's version, dropping this tab's unsaved change. */
    void reloadFromDisk() {
        workspace.snapshot(id).ifPresent(snapshot -> {
            load(snapshot);
            undo.clear();
            redo.clear();
            listeners.forEach(l -> l.accept(new Change(null, true)));
        });
    }

    /** Saves this tab's version over the other tab's, after the user chose to. */
    void overwrite() {
        if (conflict != null) {
            version = conflict.version();
            conflict = null;
            save(text());
            listeners.forEach(l -> l.accept(new Change(null, false)));
        }
    }

    private void replace(String text) {
        typing = null;
        doc = (ObjectNode) ModelJson.parseTree(text);
        changed(new Change(null, true));
    }

    private void changed(Change change) {
        text = ModelJson.write(doc);
        result = ModelReader.check(doc);
        save(text);
        listeners.forEach(l -> l.accept(change));
    }

    private void save(String text) {
        if (conflict != null) {
            return;
        }
        try {
            version = workspace.save(id, text, version).version();
        } catch (ConflictException e) {
            conflict = e.current();
        }
    }

    private void load(Snapshot snapshot) {
        var tree = ModelJson.parseTree(snapshot.text());
        doc = tree instanceof ObjectNode o ? o : ModelJson.MAPPER.createObjectNode();
        text = ModelJson.write(doc);
        version = snapshot.version();
        conflict = null;
        result = ModelReader.parse(snapshot.text());
    }

    private void push(Deque<String> stack, String text) {
        stack.push(text);
        if (stack.size() > MAX_UNDO) {
            stack.removeLast();
        }
        // the oldest steps go first, of undo before redo; the step just pushed always stays
        while (undoHeld() > MAX_UNDO_CHARS && (undo.size() + redo.size()) > 1) {
            (undo.size() > (stack == undo ? 1 : 0) ? undo : redo).removeLast();
        }
    }

    /** The text undo and redo hold, in characters. */
    long undoHeld() {
        long chars = 0;
        for (String s : undo) {
            chars += s.length();
        }
        for (String s : redo) {
            chars += s.length();
        }
        return chars;
    }
}
