package io.keysmith.local.expr;

import java.util.ArrayList;
import java.util.List;

/** Refuses document paths that overlap (one is a prefix of the other) or conflict (a name and an index at one place). */
final class PathOverlaps {

    private final List<Path> seen = new ArrayList<>();
    private final Problems problems;

    PathOverlaps(Problems problems) {
        this.problems = problems;
    }

    void add(Path path) {
        for (Path earlier : seen) {
            check(earlier, path);
        }
        seen.add(path);
    }

    private void check(Path one, Path two) {
        int common = Math.min(one.parts().size(), two.parts().size());
        for (int i = 0; i < common; i++) {
            Object a = one.parts().get(i);
            Object b = two.parts().get(i);
            if (a.getClass() != b.getClass()) {
                problems.add(Problems.Kind.CONFLICT, "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
                        + one + ", path two: " + two);
                return;
            }
            if (!a.equals(b)) {
                return;
            }
        }
        problems.add(Problems.Kind.OVERLAP, "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                + one + ", path two: " + two);
    }
}
