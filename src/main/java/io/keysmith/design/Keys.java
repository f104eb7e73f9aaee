package io.keysmith.design;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Key templates of layouts and the test whether a layout serves a read pattern. */
public final class Keys {

    /** Numbers are padded to this width so they sort as strings (the 5-digit values of tests fit easily). */
    public static final int NUMBER_PAD = 10;

    private Keys() {
    }

    /** {attr}, or {attr:0N} for a number that must sort as a string (unless a pattern asks for its leading digits). */
    public static String placeholder(DesignState s, Entity e, String attr) {
        boolean number = e.attribute(attr).map(a -> a.type() == AttributeType.NUMBER).orElse(false);
        return number && !s.digitPrefixed(e.name(), attr) ? "{" + attr + ":0" + NUMBER_PAD + "}" : "{" + attr + "}";
    }

    /**
     * The partition key template. A prefix that names the key's attributes one by one
     * ({@code TASK#STATUS#PROJECT}) is written label then value, as experts do:
     * {@code TASK#STATUS#{status}#PROJECT#{project}}, not {@code TASK#STATUS#PROJECT#{status}#{project}}.
     */
    /** Text formats whose values never hold a character that sorts below the {@code #} separator. */
    /** How a verdict names a Query on the sort key's prefix (natural multi-table keys read the whole partition instead). */
    public static final String PREFIX_READ = "begins_with on the sort key";

    private static final Set<String> SEPARATOR_SAFE_FORMATS = Set.of("uuid", "ulid", "ksuid", "email", "username", "url", "word");

    /**
     * Whether the attribute is text that may hold a character sorting below {@code #} (a space:
     * "Smith Jr"), so that {@code value#more} does not sort like the value alone.
     */
    public static boolean mayHoldCharactersBelowSeparator(Attribute a) {
        if (a.type() != AttributeType.STRING) {
            return false;
        }
        if (a.values() != null && !a.values().isEmpty()) {
            return a.values().stream().anyMatch(v -> String.valueOf(v).chars().anyMatch(c -> c < '#'));
        }
        return a.format() == null || !SEPARATOR_SAFE_FORMATS.contains(a.format());
    }

    public static String pkTemplate(Layout l) {
        String prefix = l.pkPrefix();
        List<String> attrs = l.pkAttrs();
        StringBuilder labels = new StringBuilder();
        attrs.forEach(a -> labels.append('#').append(a.toUpperCase(java.util.Locale.ROOT)));
        boolean labelled = attrs.size() > 1 && prefix.endsWith(labels.toString());
        StringBuilder out = new StringBuilder(labelled ? prefix.substring(0, prefix.length() - labels.length()) : prefix);
        for (String a : attrs) {
            if (labelled) {
                out.append('#').append(a.toUpperCase(java.util.Locale.ROOT));
            }
            out.append('#').append('{').append(a).append('}');
        }
        if (l.shard() != null) {
            out.append('#').append(l.shard().text());
        }
        return out.toString();
    }

    /** The literal start of the layout's sort key: its ordering prefix, else the entity's prefix. */
    public static String sortPrefix(DesignState s, Layout l) {
        return l.sortPrefix() != null ? l.sortPrefix() : s.prefix(l.entity());
    }

    /** The whole sort key template of the layout. */
    public static String skTemplate(DesignState s, Layout l) {
        return skTemplate(s, l, s.entity(l.entity()), sortPrefix(s, l), 99);
    }

    /** The template with its placeholders renamed (attributes of another entity that hold the same values). */
    public static String rename(String template, java.util.Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        for (KeyTemplate.Part part : KeyTemplate.of(template).parts()) {
            switch (part) {
                case KeyTemplate.Literal lit -> out.append(lit.text());
                case KeyTemplate.Placeholder p -> out.append('{').append(names.getOrDefault(p.attribute(), p.attribute()))
                        .append(p.pad() == 0 ? "" : ":0" + p.pad()).append('}');
                case KeyTemplate.Shard sh -> out.append(sh.attribute() == null ? sh.text()
                        : new KeyTemplate.Shard(sh.count(), names.getOrDefault(sh.attribute(), sh.attribute())).text());
            }
        }
        return out.toString();
    }

    /** The sort key template up to {@code count} attributes after the entity prefix. */
    public static String skTemplate(DesignState s, Layout l, Entity e, String prefix, int count) {
        StringBuilder out = new StringBuilder(prefix);
        List<String> comps = l.finalComps(e);
        for (int i = 0; i < count && i < comps.size(); i++) {
            out.append('#').append(placeholder(s, e, comps.get(i)));
        }
        return out.toString();
    }

    /** The match when the layout serves the need (ignoring includes and consistency), else null. */
    public static Match match(Layout l, Need n) {
        Entity e = n.entity();
        Set<String> eq = new LinkedHashSet<>(n.eqAttributes());
        Condition when = l.when();
        if (when != null) {
            if (!n.hasConstant(when)) {
                return null;
            }
            eq.remove(when.attribute());
        }
        if (!eq.containsAll(l.pkAttrs())) {
            return null;
        }
        Set<String> rest = new LinkedHashSet<>(eq);
        l.pkAttrs().forEach(rest::remove);
        List<String> comps = l.finalComps(e);
        int j = rest.size();
        if (j <= comps.size() && new HashSet<>(comps.subList(0, j)).equals(rest)) {
            boolean full = j == comps.size();
            String sort = n.sortAttribute();
            if (sort != null && !full && !comps.get(j).equals(sort)) {
                return null;
            }
            if (sort != null && full && !comps.contains(sort) && !l.unique(e)) {
                return null; // the items of one key value of an index come back in no particular order
            }
            if (sort != null && full && n.range() != null) {
                return new Match(l, j, true, List.of(n.range().attribute()));
            }
            return new Match(l, j, full, List.of());
        }
        // The key holds only equality attributes: it names one item, the other conditions filter it.
        if (eq.containsAll(comps) && l.unique(e)) {
            List<String> filter = new ArrayList<>(rest);
            filter.removeAll(comps);
            if (n.range() != null) {
                filter.add(n.range().attribute());
            }
            return new Match(l, comps.size(), true, filter);
        }
        return null;
    }
}
