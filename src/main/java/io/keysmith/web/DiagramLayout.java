package io.keysmith.web;

import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the boxes, lines and labels of a diagram go: a layered layout (parents above children,
 * crossings reduced by barycentre sweeps, long lines bent through reserved slots between boxes),
 * with orthogonal lines whose horizontal runs each get their own track in the gap between two
 * rows, so that no line runs under a box and every label sits alone on its line's track.
 */
record DiagramLayout(Map<String, Box> boxes, List<Route> routes, int width, int height) {

    static final int BOX_WIDTH = 230;
    static final int LINE = 18;
    static final int HEADER = 26;
    static final int MAX_ATTRIBUTES = 12;
    static final int LABEL_HEIGHT = 16;
    private static final int GAP_X = 60;
    private static final int SLOT_GAP = 22;
    /** Room between a box and the first track, for the cardinality marks. */
    private static final int END_ROOM = 32;
    private static final int TRACK = 24;
    private static final int MIN_GAP = 70;
    private static final int MARGIN = 24;
    private static final double CHAR_WIDTH = 6.6;

    /** One entity's box. */
    record Box(int x, int y, int width, int height) {
        int cx() {
            return x + width / 2;
        }

        int bottom() {
            return y + height;
        }
    }

    /** A corner of a line. */
    record Point(int x, int y) {
    }

    /** A label's rectangle, its text centred in it. */
    record Rect(int x, int y, int width, int height) {
    }

    /** A line to draw: from the {@code from} entity's box to the {@code to} entity's box; label null when none. */
    record Route(List<Point> points, Rect label) {
    }

    /**
     * A line to lay out. A {@code layered} one (a parent and its child) puts its {@code to} below
     * its {@code from}; the others (many-to-many) take the boxes where the layered lines put them.
     */
    record Edge(String from, String to, boolean layered, String label) {
    }

    static DiagramLayout of(List<Entity> entities, List<Edge> edges) {
        return new Builder(entities, edges).build();
    }

    static int labelWidth(String text) {
        return (int) Math.ceil(text.length() * CHAR_WIDTH) + 12;
    }

    static int height(Entity entity) {
        return HEADER + 14 + Math.min(entity.attributes().size(), MAX_ATTRIBUTES + 1) * LINE;
    }

    /** The working state of one layout; nodes 0..n-1 are entities, the rest are slots that long lines pass through. */
    private static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<Integer> heights = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Edge> edges;
        private final int n;
        private int[] layer;
        private final List<List<Integer>> layers = new ArrayList<>();
        private final List<Integer> isolated = new ArrayList<>();
        private final Map<Integer, Integer> nodeLayer = new HashMap<>();
        /** Per node: its neighbours in the layer above and below, through the segments of the lines. */
        private final Map<Integer, List<Integer>> up = new HashMap<>();
        private final Map<Integer, List<Integer>> down = new HashMap<>();
        /** Per edge: the nodes it passes from top to bottom (upper box, slots, lower box), or the two boxes of a U below a row. */
        private final List<int[]> chains = new ArrayList<>();
        private final boolean[] reversed;
        private final boolean[] sameRow;
        private double[] x;

        Builder(List<Entity> entities, List<Edge> edges) {
            for (Entity e : entities) {
                if (!index.containsKey(e.name())) {
                    index.put(e.name(), names.size());
                    names.add(e.name());
                    heights.add(height(e));
                }
            }
            this.n = names.size();
            this.edges = edges;
            this.reversed = new boolean[edges.size()];
            this.sameRow = new boolean[edges.size()];
        }

        DiagramLayout build() {
            assignLayers();
            buildChains();
            order();
            placeX();
            return route();
        }

        private boolean drawn(Edge e) {
            return index.containsKey(e.from()) && index.containsKey(e.to());
        }

        /** Longest path from the roots over the parent-child lines, cycles broken by a depth-first search in model order. */
        private void assignLayers() {
            List<List<Integer>> children = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                children.add(new ArrayList<>());
            }
            boolean[] linked = new boolean[n];
            for (Edge e : edges) {
                if (drawn(e)) {
                    int a = index.get(e.from());
                    int b = index.get(e.to());
                    linked[a] = linked[b] = true;
                    if (e.layered() && a != b) {
                        children.get(a).add(b);
                    }
                }
            }
            int[] post = new int[n];
            Arrays.fill(post, -1);
            int[] counter = {0};
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (!seen[i]) {
                    dfs(i, children, seen, post, counter);
                }
            }
            Integer[] topo = new Integer[n];
            for (int i = 0; i < n; i++) {
                topo[i] = i;
            }
            Arrays.sort(topo, Comparator.comparingInt((Integer i) -> -post[i]));
            layer = new int[n];
            for (int u : topo) {
                for (int v : children.get(u)) {
                    if (post[u] > post[v]) {
                        layer[v] = Math.max(layer[v], layer[u] + 1);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (!linked[i]) {
                    isolated.add(i);
                    continue;
                }
                while (layers.size() <= layer[i]) {
                    layers.add(new ArrayList<>());
                }
                layers.get(layer[i]).add(i);
                nodeLayer.put(i, layer[i]);
            }
        }

        private static void dfs(int start, List<List<Integer>> children, boolean[] seen, int[] post, int[] counter) {
            // iterative: a long chain of entities must not overflow the stack
            SearchStack stack = new SearchStack();
            stack.push(start, 0);
            seen[start] = true;
            while (!stack.isEmpty()) {
                int u = stack.node();
                int next = stack.next();
                if (next < children.get(u).size()) {
                    stack.advance();
                    int v = children.get(u).get(next);
                    if (!seen[v]) {
                        seen[v] = true;
                        stack.push(v, 0);
                    }
                } else {
                    post[u] = counter[0]++;
                    stack.pop();
                }
            }
        }

        /** Each line between rows becomes a chain of nodes, one per row it meets, with a slot node in the rows it crosses. */
        private void buildChains() {
            int slot = n;
            for (int k = 0; k < edges.size(); k++) {
                Edge e = edges.get(k);
                if (!drawn(e)) {
                    chains.add(null);
                    continue;
                }
                int a = index.get(e.from());
                int b = index.get(e.to());
                if (layer[a] == layer[b]) {
                    sameRow[k] = true;
                    chains.add(new int[] {a, b});
                    continue;
                }
                reversed[k] = layer[a] > layer[b];
                int top = reversed[k] ? b : a;
                int bottom = reversed[k] ? a : b;
                int[] chain = new int[layer[bottom] - layer[top] + 1];
                chain[0] = top;
                chain[chain.length - 1] = bottom;
                for (int l = layer[top] + 1; l < layer[bottom]; l++) {
                    chain[l - layer[top]] = slot;
                    layers.get(l).add(slot);
                    nodeLayer.put(slot, l);
                    slot++;
                }
                for (int i = 0; i + 1 < chain.length; i++) {
                    down.computeIfAbsent(chain[i], key -> new ArrayList<>()).add(chain[i + 1]);
                    up.computeIfAbsent(chain[i + 1], key -> new ArrayList<>()).add(chain[i]);
                }
                chains.add(chain);
            }
        }

        /** Barycentre sweeps, down and up, to put each node near its neighbours and reduce crossings. */
        private void order() {
            for (int sweep = 0; sweep < 6; sweep++) {
                boolean downward = sweep % 2 == 0;
                for (int s = 1; s < layers.size(); s++) {
                    int l = downward ? s : layers.size() - 1 - s;
                    List<Integer> fixed = layers.get(downward ? l - 1 : l + 1);
                    Map<Integer, List<Integer>> neighbours = downward ? up : down;
                    List<Integer> row = layers.get(l);
                    Map<Integer, Double> centre = new HashMap<>();
                    for (int i = 0; i < row.size(); i++) {
                        List<Integer> ns = neighbours.getOrDefault(row.get(i), List.of());
                        int position = i;
                        centre.put(row.get(i), ns.isEmpty() ? position
                                : ns.stream().mapToInt(fixed::indexOf).average().orElse(position));
                    }
                    row.sort(Comparator.comparingDouble(centre::get));
                }
            }
        }

        private int width(int node) {
            return node < n ? BOX_WIDTH : 0;
        }

        private int separation(int a, int b) {
            return a < n && b < n ? GAP_X : SLOT_GAP;
        }

        /** Each node as close to the mean of its neighbours as the order allows: the mean of a left-packed and a right-packed placement. */
        private void placeX() {
            int total = n + layers.stream().mapToInt(List::size).sum();
            x = new double[total];
            for (List<Integer> row : layers) {
                double at = 0;
                for (int i = 0; i < row.size(); i++) {
                    x[row.get(i)] = at;
                    at += width(row.get(i)) + (i + 1 < row.size() ? separation(row.get(i), row.get(i + 1)) : 0);
                }
            }
            for (int sweep = 0; sweep < 8; sweep++) {
                boolean downward = sweep % 2 == 0;
                for (int s = 0; s < layers.size(); s++) {
                    int l = downward ? s : layers.size() - 1 - s;
                    place(layers.get(l), downward ? up : down, sweep == 0 && l == 0);
                }
            }
            double min = Double.MAX_VALUE;
            for (List<Integer> row : layers) {
                for (int node : row) {
                    min = Math.min(min, x[node]);
                }
            }
            for (List<Integer> row : layers) {
                for (int node : row) {
                    x[node] = Math.round(x[node] - min + MARGIN);
                }
            }
        }

        private void place(List<Integer> row, Map<Integer, List<Integer>> neighbours, boolean keep) {
            int size = row.size();
            double[] want = new double[size];
            for (int i = 0; i < size; i++) {
                int node = row.get(i);
                List<Integer> ns = neighbours.getOrDefault(node, List.of());
                double centre = keep || ns.isEmpty() ? x[node] + width(node) / 2.0
                        : ns.stream().mapToDouble(m -> x[m] + width(m) / 2.0).average().orElseThrow();
                want[i] = centre - width(node) / 2.0;
            }
            double[] left = new double[size];
            double[] right = new double[size];
            for (int i = 0; i < size; i++) {
                left[i] = i == 0 ? want[i]
                        : Math.max(want[i], left[i - 1] + width(row.get(i - 1)) + separation(row.get(i - 1), row.get(i)));
            }
            for (int i = size - 1; i >= 0; i--) {
                right[i] = i == size - 1 ? want[i]
                        : Math.min(want[i], right[i + 1] - width(row.get(i)) - separation(row.get(i), row.get(i + 1)));
            }
            // both keep the order and the gaps, so their mean does too
            for (int i = 0; i < size; i++) {
                x[row.get(i)] = (left[i] + right[i]) / 2;
            }
        }

        private DiagramLayout route() {
            // rows: each as tall as its tallest box; the gap below it as tall as its tracks need
            int rows = layers.size();
            List<List<Integer>> tracks = new ArrayList<>(); // per gap, the edges with a horizontal run there
            for (int l = 0; l < rows; l++) {
                tracks.add(new ArrayList<>());
            }
            for (int k = 0; k < edges.size(); k++) {
                int[] chain = chains.get(k);
                if (chain == null) {
                    continue;
                }
                int first = layer[chain[0]];
                int gaps = sameRow[k] ? 1 : chain.length - 1;
                for (int g = 0; g < gaps; g++) {
                    tracks.get(first + g).add(k);
                }
            }
            int[] rowTop = new int[rows];
            int[] gapTop = new int[rows];
            int y = MARGIN;
            for (int l = 0; l < rows; l++) {
                rowTop[l] = y;
                int tall = layers.get(l).stream().filter(node -> node < n).mapToInt(heights::get).max().orElse(0);
                gapTop[l] = y + tall;
                int count = tracks.get(l).size();
                y = gapTop[l] + (count == 0 ? (l + 1 < rows ? MIN_GAP : 0) : Math.max(MIN_GAP, 2 * END_ROOM + (count - 1) * TRACK));
            }
            Map<String, Box> boxes = new LinkedHashMap<>();
            int right = 0;
            for (int l = 0; l < rows; l++) {
                for (int node : layers.get(l)) {
                    if (node < n) {
                        Box box = new Box((int) x[node], rowTop[l], BOX_WIDTH, heights.get(node));
                        boxes.put(names.get(node), box);
                        right = Math.max(right, box.x() + BOX_WIDTH);
                    }
                }
            }
            // entities without lines: rows below, as wide as the layout above (at least three boxes)
            int perRow = Math.max(3, Math.max(1, (right - MARGIN + GAP_X) / (BOX_WIDTH + GAP_X)));
            int isolatedTop = rows == 0 ? MARGIN : y + (tracks.get(rows - 1).isEmpty() ? GAP_X : 0);
            int rowHeight = 0;
            for (int i = 0; i < isolated.size(); i++) {
                if (i > 0 && i % perRow == 0) {
                    isolatedTop += rowHeight + GAP_X;
                    rowHeight = 0;
                }
                int node = isolated.get(i);
                Box box = new Box(MARGIN + (i % perRow) * (BOX_WIDTH + GAP_X), isolatedTop, BOX_WIDTH, heights.get(node));
                boxes.put(names.get(node), box);
                rowHeight = Math.max(rowHeight, box.height());
                right = Math.max(right, box.x() + BOX_WIDTH);
            }
            int bottom = isolated.isEmpty() ? y : isolatedTop + rowHeight;

            Map<Integer, Integer> trackY = new HashMap<>(); // key: edge * rows + gap
            for (int l = 0; l < rows; l++) {
                List<Integer> gap = tracks.get(l);
                final int row = l;
                gap.sort(Comparator.comparingDouble(k -> runStart(k, row)));
                for (int t = 0; t < gap.size(); t++) {
                    trackY.put(gap.get(t) * rows + l, gapTop[l] + END_ROOM + t * TRACK);
                }
            }
            Map<Long, Integer> ports = ports(boxes);
            List<Route> routes = new ArrayList<>();
            List<Integer> labelled = new ArrayList<>();
            for (int k = 0; k < edges.size(); k++) {
                int[] chain = chains.get(k);
                if (chain == null) {
                    routes.add(null);
                    continue;
                }
                List<Point> points = new ArrayList<>();
                Box top = boxes.get(names.get(chain[0]));
                int first = layer[chain[0]];
                int run;
                Point runFrom;
                Point runTo;
                if (sameRow[k]) {
                    Box other = boxes.get(names.get(chain[1]));
                    int ty = trackY.get(k * rows + first);
                    int ax = ports.get(port(k, 0));
                    int bx = ports.get(port(k, 1));
                    points.add(new Point(ax, top.bottom()));
                    points.add(new Point(ax, ty));
                    points.add(new Point(bx, ty));
                    points.add(new Point(bx, other.bottom()));
                    runFrom = points.get(1);
                    runTo = points.get(2);
                    run = ty;
                } else {
                    int cx = ports.get(port(k, 0));
                    points.add(new Point(cx, top.bottom()));
                    for (int i = 1; i < chain.length; i++) {
                        int ty = trackY.get(k * rows + first + i - 1);
                        int nx = i == chain.length - 1 ? ports.get(port(k, 1)) : (int) x[chain[i]];
                        points.add(new Point(cx, ty));
                        points.add(new Point(nx, ty));
                        cx = nx;
                    }
                    Box last = boxes.get(names.get(chain[chain.length - 1]));
                    points.add(new Point(cx, last.y()));
                    runFrom = points.get(1);
                    runTo = points.get(2);
                    run = runFrom.y();
                    if (reversed[k]) {
                        points = new ArrayList<>(points.reversed());
                    }
                }
                String text = edges.get(k).label();
                Rect label = null;
                if (text != null && !text.isBlank()) {
                    int w = labelWidth(text);
                    label = new Rect((runFrom.x() + runTo.x()) / 2 - w / 2, run - LABEL_HEIGHT / 2, w, LABEL_HEIGHT);
                    right = Math.max(right, w + MARGIN);
                    labelled.add(k);
                }
                routes.add(new Route(List.copyOf(points), label));
            }
            int width = right + MARGIN;
            // a label wider than its run stays inside the picture
            for (int k : labelled) {
                Route r = routes.get(k);
                Rect l = r.label();
                int lx = Math.max(MARGIN / 2, Math.min(l.x(), width - MARGIN / 2 - l.width()));
                routes.set(k, new Route(r.points(), new Rect(lx, l.y(), l.width(), l.height())));
            }
            int height = Math.max(80, bottom + MARGIN);
            return new DiagramLayout(boxes, List.copyOf(routes), width, height);
        }

        /** Where a line's horizontal run starts: tracks are handed out left to right. */
        private double runStart(int k, int gap) {
            int[] chain = chains.get(k);
            if (sameRow[k]) {
                return Math.min(x[chain[0]], x[chain[1]]);
            }
            int i = gap - layer[chain[0]];
            return Math.min(x[chain[i]] + width(chain[i]) / 2.0, x[chain[i + 1]] + width(chain[i + 1]) / 2.0);
        }

        private static long port(int edge, int end) {
            return edge * 2L + end;
        }

        /**
         * The x where each line meets its box: a box's lines are spread along its bottom (lines going
         * down, and both ends of lines below its row) and its top (lines coming from above), each side in
         * the order of where the line goes, so that they do not cross at the box.
         */
        private Map<Long, Integer> ports(Map<String, Box> boxes) {
            Map<Integer, List<long[]>> bottomSide = new HashMap<>(); // node -> [port key, sort x*1000]
            Map<Integer, List<long[]>> topSide = new HashMap<>();
            for (int k = 0; k < edges.size(); k++) {
                int[] chain = chains.get(k);
                if (chain == null) {
                    continue;
                }
                if (sameRow[k]) {
                    boolean loop = chain[0] == chain[1];
                    double ax = x[chain[0]] + BOX_WIDTH / 2.0;
                    double bx = x[chain[1]] + BOX_WIDTH / 2.0;
                    // a loop's two ends sit together on the right; a U's ends lean towards each other
                    bottomSide.computeIfAbsent(chain[0], key -> new ArrayList<>())
                            .add(new long[] {port(k, 0), Math.round((loop ? ax + 1e4 : bx) * 1000)});
                    bottomSide.computeIfAbsent(chain[1], key -> new ArrayList<>())
                            .add(new long[] {port(k, 1), Math.round((loop ? bx + 2e4 : ax) * 1000)});
                    continue;
                }
                int below = chain[1];
                int above = chain[chain.length - 2];
                bottomSide.computeIfAbsent(chain[0], key -> new ArrayList<>())
                        .add(new long[] {port(k, 0), Math.round((x[below] + width(below) / 2.0) * 1000)});
                topSide.computeIfAbsent(chain[chain.length - 1], key -> new ArrayList<>())
                        .add(new long[] {port(k, 1), Math.round((x[above] + width(above) / 2.0) * 1000)});
            }
            Map<Long, Integer> ports = new HashMap<>();
            for (var side : List.of(bottomSide, topSide)) {
                side.forEach((node, list) -> {
                    list.sort(Comparator.comparingLong((long[] p) -> p[1]).thenComparingLong(p -> p[0]));
                    Box box = boxes.get(names.get(node));
                    for (int i = 0; i < list.size(); i++) {
                        ports.put(list.get(i)[0], box.x() + (int) Math.round(box.width() * (i + 1.0) / (list.size() + 1)));
                    }
                });
            }
            return ports;
        }
    }

    /** A depth-first search's stack of nodes and how far each has got through its children. */
    private static final class SearchStack {
        private int[] nodes = new int[16];
        private int[] next = new int[16];
        private int size;

        void push(int node, int from) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                next = Arrays.copyOf(next, size * 2);
            }
            nodes[size] = node;
            next[size++] = from;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int node() {
            return nodes[size - 1];
        }

        int next() {
            return next[size - 1];
        }

        void advance() {
            next[size - 1]++;
        }

        void pop() {
            size--;
        }
    }
}
