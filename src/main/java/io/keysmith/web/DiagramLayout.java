package io.keysmith.web;

import io.keysmith.model.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the entity boxes of a diagram go: a near-square grid in model order, each row as tall as
 * its tallest box, with room on the right for a relationship that loops back to its own entity.
 */
record DiagramLayout(Map<String, Box> boxes, int width, int height) {

    static final int BOX_WIDTH = 230;
    static final int LINE = 18;
    static final int HEADER = 26;
    static final int MAX_ATTRIBUTES = 12;
    private static final int GAP_X = 90;
    private static final int GAP_Y = 60;
    private static final int MARGIN = 20;
    private static final int LOOP_ROOM = 40;

    /** One entity's box. */
    record Box(int x, int y, int height) {
        int cx() {
            return x + BOX_WIDTH / 2;
        }

        int cy() {
            return y + height / 2;
        }
    }

    static DiagramLayout of(List<Entity> entities) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(entities.size())));
        int[] rowHeights = new int[(entities.size() + columns - 1) / columns + 1];
        for (int i = 0; i < entities.size(); i++) {
            rowHeights[i / columns] = Math.max(rowHeights[i / columns], height(entities.get(i)));
        }
        Map<String, Box> boxes = new HashMap<>();
        int y = MARGIN;
        for (int i = 0; i < entities.size(); i++) {
            if (i > 0 && i % columns == 0) {
                y += rowHeights[i / columns - 1] + GAP_Y;
            }
            int x = MARGIN + (i % columns) * (BOX_WIDTH + GAP_X);
            boxes.putIfAbsent(entities.get(i).name(), new Box(x, y, height(entities.get(i))));
        }
        int width = 2 * MARGIN + columns * BOX_WIDTH + (columns - 1) * GAP_X + LOOP_ROOM;
        int height = entities.isEmpty() ? 80 : y + rowHeights[(entities.size() - 1) / columns] + 2 * MARGIN;
        return new DiagramLayout(boxes, width, height);
    }

    private static int height(Entity entity) {
        return HEADER + 14 + Math.min(entity.attributes().size(), MAX_ATTRIBUTES + 1) * LINE;
    }
}
