package io.keysmith.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a model file in three stages, stopping at the first that fails: JSON syntax (with line
 * and column), shape (types and closed choices, with JSON paths), then the whole-model checks of
 * {@link ModelValidator}. Never throws for bad user input.
 */
public final class ModelReader {

    private ModelReader() {
    }

    /** The model read from a file, or the problems that prevent reading it. */
    public record Result(Model model, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return model != null && problems.stream().noneMatch(Problem::isError);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }

        public List<Problem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }

    public static Result read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return new Result(null, List.of(Problem.error("", "the file is not UTF-8 text")));
        } catch (NoSuchFileException e) {
            return new Result(null, List.of(Problem.error("", "file not found")));
        } catch (IOException e) {
            return new Result(null, List.of(Problem.error("", "cannot read the file: " + e.getMessage())));
        }
        return parse(text);
    }

    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Result(null, List.of(Problem.error("", "the file is empty; expected a JSON object")));
        }
        JsonNode tree;
        try {
            tree = ModelJson.parseTree(text);
        } catch (JacksonException e) {
            return new Result(null, List.of(syntaxProblem(e)));
        }
        return check(tree);
    }

    /**
     * Reads a model from a JSON tree already parsed (an editor's tree, which needs no text round trip):
     * its shape, then the whole-model checks. The model shares nothing with the tree.
     */
    public static Result check(JsonNode tree) {
        List<Problem> problems = new ArrayList<>(ModelShape.check(tree));
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(null, problems);
        }
        Model model;
        try {
            model = ModelJson.toModel(tree);
        } catch (JacksonException e) {
            // The shape check should have caught this; report it without a stack trace anyway.
            problems.add(Problem.error("", "cannot read the model: " + e.getOriginalMessage()));
            return new Result(null, problems);
        }
        problems.addAll(ModelValidator.validate(model));
        return new Result(model, problems);
    }

    private static Problem syntaxProblem(JacksonException e) {
        return Problem.error(ModelJson.where(e), ModelJson.syntaxMessage(e));
    }
}
