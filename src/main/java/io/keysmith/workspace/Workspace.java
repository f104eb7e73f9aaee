package io.keysmith.workspace;

import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder where a user's models live, one {@code NAME.json} file each. On first use an empty
 * workspace receives the bundled sample models. Saves are atomic: write a temporary file, then
 * rename it over the old one, so a crash never leaves half a model.
 */
public final class Workspace {

    private final Path folder;

    public Workspace(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Creates the folder and copies the sample models into it when it has no models yet. */
    public Workspace initialize() {
        try {
            Files.createDirectories(folder);
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
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(ModelFile::new)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ModelFile> find(String id) {
        return list().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Writes a model atomically under its id (the file name without {@code .json}). */
    public ModelFile save(String id, Model model) {
        Path target = folder.resolve(ModelFile.fileName(id));
        Path temp = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, ModelJson.write(model));
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + target + ": " + e.getMessage(), e);
        }
        return new ModelFile(target);
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

        static String fileName(String id) {
            if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || id.contains("..")) {
                throw new IllegalArgumentException("\"" + id + "\" is not a valid model file name (letters, digits, '.', '_', '-')");
            }
            return id + ".json";
        }
    }
}
