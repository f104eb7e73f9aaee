package io.keysmith.local.expr;

import java.util.ArrayList;
import java.util.List;

/** Parses a projection expression: document paths separated by commas. */
final class ProjectionParser extends Parser {

    ProjectionParser(String text, ExpressionInput input) {
        super(text, input, "ProjectionExpression", Problems.PROJECTION);
    }

    List<Path> parse() {
        List<Path> paths = new ArrayList<>();
        paths.add(parsePath());
        while (peek().is(",")) {
            next();
            paths.add(parsePath());
        }
        expectEnd();
        PathOverlaps overlaps = new PathOverlaps(problems);
        paths.forEach(overlaps::add);
        problems.throwIfAny();
        return paths;
    }

    @Override
    boolean isKeyword(Token token) {
        return false;
    }
}
