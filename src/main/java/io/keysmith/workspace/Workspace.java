package io.keysmith.workspace;

import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folder where a user's models live, one {@code ID.json} file each. On first use an empty
 * workspace receives the bundled sample models. Saves are atomic (write a temporary file, then
 * rename it over the old one) and checked against the version the editor last saw, so two
 * editors of one file never silently overwrite each other. Deleted files go to {@code .trash}
 * until restored. A save killed half-way leaves only a temporary file, removed at the next start.
 */
public final class Workspace {

    private final Path folder;
    private final ModelLimits limits;

    public Workspace(Path folder) {
        this(folder, ModelLimits.DEFAULT);
    }

    public Workspace(Path folder, ModelLimits limits) {
        this.folder = folder;
        this.limits = limits;
    }

    public Path folder() {
        return folder;
    }

    /** The largest model this workspace stores. */
    public ModelLimits limits() {
        return limits;
    }

    /**
     * Creates the folder, removes the temporary files of saves that did not finish before this
     * process started, and copies the sample models into it when it has no models yet.
     */
    public Workspace initialize() {
        try {
            Files.createDirectories(folder);
            TemporaryFiles.removeStale(folder, TemporaryFiles.processStart());
            if (list().isEmpty()) {
                for (String name : SampleModels.names()) {
                    try (InputStream in = SampleModels.open(name)) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the workspace " + folder + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The model files of the workspace, sorted by file name. */
    public List<ModelFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(ModelFile::new)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ModelFile> find(String id) {
        if (!ModelId.isValid(id)) {
            return Optional.empty();
        }
        Path path = folder.resolve(ModelId.fileName(id));
        return Files.isRegularFile(path) ? Optional.of(new ModelFile(path)) : Optional.empty();
    }

    /** The text of a model file and its version, for an editor to save against later. */
    public Optional<Snapshot> snapshot(String id) {
        return find(id).flatMap(file -> {
            try {
                return Optional.of(Snapshot.of(Files.readString(file.path(), StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Creates a new model file with the given display name and no entities yet; returns its id, which
     * stays the model's for good (links to it survive renames). A name another model has is refused.
     */
    public synchronized String create(String name) {
        requireFreeName(name, null);
        String id = freeId(ModelId.slug(name));
        Model model = new Model(Model.FORMAT, name.strip(), null, null, List.of(), List.of(), List.of());
        write(folder.resolve(ModelId.fileName(id)), ModelJson.write(model));
        return id;
    }

    /** Copies a model to a new file, naming the copy "NAME (copy)" (or "NAME (copy 2)" when that is taken); returns the new id. */
    public synchronized String duplicate(String id) {
        String text = require(id).text();
        String newId = freeId(id + "-copy");
        write(folder.resolve(ModelId.fileName(newId)), ModelTexts.renamed(text, name -> freeName(name, "copy")));
        return newId;
    }

    /**
     * Gives a model a new display name; its id, and so every link to it, stays as it was. A name
     * another model has throws {@link NameTakenException}. Returns the id.
     */
    public synchronized String rename(String id, String newName) {
        String text = require(id).text();
        requireFreeName(newName, id);
        write(folder.resolve(ModelId.fileName(id)), ModelTexts.renamed(text, old -> newName.strip()));
        return id;
    }

    /** The display names of the workspace's models by id (the id for a file without a readable name). */
    public synchronized Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        for (ModelFile file : list()) {
            names.put(file.id(), nameOf(file));
        }
        return names;
    }

    /**
     * The id of the model an old link means: links made before ids stayed put named the model by its
     * name, so an id that is no file is looked up among the names (as their file-name form).
     */
    public synchronized Optional<String> idForLink(String link) {
        if (link == null || find(link).isPresent()) {
            return Optional.ofNullable(link);
        }
        String wanted = link.toLowerCase(Locale.ROOT);
        return names().entrySet().stream().filter(e -> ModelId.slug(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Whether another model than {@code except} has this name, compared without case and outer spaces. */
    public synchronized boolean nameTaken(String name, String except) {
        String wanted = comparable(name);
        return list().stream().filter(f -> !f.id().equals(except)).anyMatch(f -> comparable(nameOf(f)).equals(wanted));
    }

    private void requireFreeName(String name, String except) {
        if (nameTaken(name, except)) {
            throw new NameTakenException(name.strip());
        }
    }

    /** The first name no model has of {@code base}, {@code base (2)}, {@code base (3)}...; with a word, {@code base (copy)}, {@code base (copy 2)}... */
    private String freeName(String base, String word) {
        String stem = base.strip();
        String first = word.isEmpty() ? stem : stem + " (" + word + ")";
        String candidate = first;
        for (int n = 2; nameTaken(candidate, null); n++) {
            candidate = word.isEmpty() ? stem + " (" + n + ")" : stem + " (" + word + " " + n + ")";
        }
        return candidate;
    }

    private static String comparable(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameOf(ModelFile file) {
        try {
            return ModelTexts.name(Files.readString(file.path(), StandardCharsets.UTF_8)).orElse(file.id());
        } catch (IOException e) {
            return file.id();
        }
    }

    /** Moves a model to the workspace's trash; {@link #restore} brings it back. */
    public synchronized Deleted delete(String id) {
        Snapshot snapshot = require(id);
        Path trash = folder.resolve(".trash");
        try {
            Files.createDirectories(trash);
            Files.move(folder.resolve(ModelId.fileName(id)), trash.resolve(ModelId.fileName(id)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id + ": " + e.getMessage(), e);
        }
        return new Deleted(id, snapshot.text());
    }

    /** Puts a deleted model back, under its old id when that is still free; returns the id. */
    public synchronized String restore(Deleted deleted) {
        String id = freeId(deleted.id());
        // a model given the deleted one's name since then keeps it; the restored one becomes "NAME (2)"
        write(folder.resolve(ModelId.fileName(id)), ModelTexts.renamed(deleted.text(), name -> freeName(name, "")));
        delete(folder.resolve(".trash").resolve(ModelId.fileName(deleted.id())));
        return id;
    }

    /**
     * Adds an uploaded Keysmith model file. The text must be a JSON model that can be read
     * (problems the validator finds are kept for the editor to show) within the {@link #limits()};
     * returns the new id.
     */
    public synchronized String importModel(String fileName, String text) {
        // a file past the size limit is refused before it is parsed: parsing is what a server cannot afford
        limits.refusesSize(fileName, text.length()).ifPresent(reason -> {
            throw new ImportException(reason);
        });
        ModelReader.Result result = ModelReader.parse(text);
        if (result.model() == null) {
            throw new ImportException(fileName + ": " + result.problems().getFirst());
        }
        limits.refuses(fileName, text, result.model()).ifPresent(reason -> {
            throw new ImportException(reason);
        });
        String base = fileName == null ? "" : fileName.replaceFirst("(?i)\\.json$", "");
        String name = result.model().name();
        String id = freeId(ModelId.slug(base.isBlank() ? (name == null ? "imported" : name) : base));
        // names tell models apart: a second upload of one file becomes "NAME (2)"; the rest of the text is kept as it is
        String stored = name == null || !nameTaken(name, null) ? text : ModelTexts.renamed(text, old -> freeName(old, ""));
        write(folder.resolve(ModelId.fileName(id)), stored.endsWith("\n") ? stored : stored + "\n");
        return id;
    }

    /**
     * Saves new text over a model when the file is still at {@code expectedVersion}; otherwise
     * throws {@link ConflictException} and leaves the file as it is; text past the size limit throws
     * {@link ModelTooLargeException}. Returns the new snapshot.
     */
    public synchronized Snapshot save(String id, String text, String expectedVersion) {
        limits.refusesSize(id + ".json", text.getBytes(StandardCharsets.UTF_8).length).ifPresent(reason -> {
            throw new ModelTooLargeException(reason);
        });
        Optional<Snapshot> current = snapshot(id);
        if (current.isPresent() && !current.get().version().equals(expectedVersion)) {
            throw new ConflictException(id, current.get());
        }
        write(folder.resolve(ModelId.fileName(id)), text);
        return Snapshot.of(text);
    }

    /** Writes a model atomically under its id, without a version check (for tools and tests). */
    public ModelFile save(String id, Model model) {
        Path target = folder.resolve(ModelId.fileName(id));
        write(target, ModelJson.write(model));
        return new ModelFile(target);
    }

    private Snapshot require(String id) {
        return snapshot(id).orElseThrow(() -> new IllegalArgumentException("no model named " + id));
    }

    private String freeId(String wanted) {
        String id = wanted;
        for (int n = 2; Files.exists(folder.resolve(ModelId.fileName(id))); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    /** Temporary file in the same folder, then an atomic rename: readers see the old or the new file, never half. */
    private static void write(Path target, String text) {
        Path temp = TemporaryFiles.of(target);
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + target + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    /** A model file in the workspace; read on demand so that edits on disk are seen. */
    public record ModelFile(Path path) {

        public String id() {
            String name = path.getFileName().toString();
            return name.substring(0, name.length() - ".json".length());
        }

        public ModelReader.Result read() {
            return ModelReader.read(path);
        }
    }

    /** A deleted model, kept so that the deletion can be undone. */
    public record Deleted(String id, String text) {
    }
}
