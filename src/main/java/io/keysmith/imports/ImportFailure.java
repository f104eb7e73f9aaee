package io.keysmith.imports;

import java.util.List;

/** A source that imports nothing, with every reason, each naming where it is ({@code schema.sql: line 3, column 1: ...}). */
public class ImportFailure extends RuntimeException {

    private final List<String> problems;

    public ImportFailure(List<String> problems) {
        super(problems.isEmpty() ? "nothing to import" : problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public ImportFailure(String problem) {
        this(List.of(problem));
    }

    /** Every problem, the first one being the message. */
    public List<String> problems() {
        return problems;
    }
}
