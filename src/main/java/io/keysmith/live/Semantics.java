package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.Link;
import io.keysmith.data.SampleData;
import io.keysmith.data.Values;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Model;
import io.keysmith.model.OrderBy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The answer an access pattern should give, from the model's meaning alone (where, filter,
 * orderBy, limit, include) over the generated instances; the design plays no part in it.
 */
final class Semantics {

    private final Model model;
    private final SampleData data;
    private final List<Link> links;

    Semantics(Model model, SampleData data) {
        this.model = model;
        this.data = data;
        this.links = Link.of(model);
    }

    /** Every instance of the pattern's entity matching its where and filter conditions, in the pattern's order. */
    List<Instance> matching(AccessPattern p, Map<String, Object> params) {
        List<Instance> out = new ArrayList<>();
        for (Instance i : data.of(p.entity())) {
            if (holds(p.whereOrEmpty(), i, params) && holds(p.filterOrEmpty(), i, params)) {
                out.add(i);
            }
        }
        if (p.orderBy() != null) {
            out.sort(order(p.orderBy()));
        }
        return out;
    }

    static Comparator<Instance> order(OrderBy orderBy) {
        Comparator<Instance> c = (a, b) -> compareNullable(a.get(orderBy.attribute()), b.get(orderBy.attribute()));
        return orderBy.descending() ? c.reversed() : c;
    }

    private static int compareNullable(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return Values.compare(a, b);
    }

    static boolean holds(List<Condition> conditions, Instance i, Map<String, Object> params) {
        for (Condition c : conditions) {
            Object wanted = c.isConstant() ? c.value() : params.get(c.attribute());
            if (!holds(c, i.get(c.attribute()), wanted)) {
                return false;
            }
        }
        return true;
    }

    static boolean holds(Condition c, Object actual, Object wanted) {
        if (actual == null || wanted == null) {
            return false;
        }
        return switch (c.op()) {
            case EQ -> Values.same(actual, wanted);
            case LT -> Values.compare(actual, wanted) < 0;
            case LE -> Values.compare(actual, wanted) <= 0;
            case GT -> Values.compare(actual, wanted) > 0;
            case GE -> Values.compare(actual, wanted) >= 0;
            case BETWEEN -> wanted instanceof List<?> range && range.size() == 2
                    && Values.compare(actual, range.get(0)) >= 0 && Values.compare(actual, range.get(1)) <= 0;
            case BEGINS_WITH -> String.valueOf(actual).startsWith(String.valueOf(wanted));
        };
    }

    /** The instances of an included entity that go with the given main instances, or null when the model does not say how. */
    Set<Instance> included(String main, String include, Collection<Instance> mains) {
        for (Link l : links) {
            if (l.parent().equals(main) && l.child().equals(include)) {
                return related(include, mains, l.parentIdentifiers(), l.childAttributes());
            }
        }
        for (Link l : links) {
            if (l.parent().equals(include) && l.child().equals(main)) {
                return related(include, mains, l.childAttributes(), l.parentIdentifiers());
            }
        }
        return acrossManyToMany(main, include, mains);
    }

    /** The other side of a many-to-many: the instances the through entity pairs with the main ones. */
    private Set<Instance> acrossManyToMany(String main, String include, Collection<Instance> mains) {
        for (io.keysmith.model.Relationship r : model.relationships()) {
            if (r.cardinality() != io.keysmith.model.Cardinality.MANY_TO_MANY || r.through() == null
                    || r.from().equals(r.to()) || !(r.connects(main, include))) {
                continue;
            }
            Link mine = links.stream().filter(l -> l.parent().equals(main) && l.child().equals(r.through())).findFirst().orElse(null);
            Link theirs = links.stream().filter(l -> l.parent().equals(include) && l.child().equals(r.through())).findFirst().orElse(null);
            if (mine != null && theirs != null) {
                Set<Instance> edges = related(r.through(), mains, mine.parentIdentifiers(), mine.childAttributes());
                return related(include, edges, theirs.childAttributes(), theirs.parentIdentifiers());
            }
        }
        return null;
    }

    /** The instances of a parent entity {@code include} that the parameters name through the main entity's foreign key. */
    Set<Instance> namedParents(String main, String include, Map<String, Object> params) {
        for (Link l : links) {
            if (l.parent().equals(include) && l.child().equals(main)
                    && l.childAttributes().stream().allMatch(a -> params.get(a) != null)) {
                List<Object> wanted = l.childAttributes().stream().map(params::get).toList();
                Set<Instance> out = new LinkedHashSet<>();
                for (Instance candidate : data.of(include)) {
                    List<Object> ids = l.parentIdentifiers().stream().map(candidate::get).toList();
                    boolean same = true;
                    for (int k = 0; k < ids.size(); k++) {
                        same &= ids.get(k) != null && Values.same(ids.get(k), wanted.get(k));
                    }
                    if (same) {
                        out.add(candidate);
                    }
                }
                return out;
            }
        }
        return Set.of();
    }

    /** Instances of {@code other} whose {@code otherSide} values equal some main instance's {@code mainSide} values. */
    private Set<Instance> related(String other, Collection<Instance> mains, List<String> mainSide, List<String> otherSide) {
        Set<List<Object>> wanted = new LinkedHashSet<>();
        mains.forEach(m -> wanted.add(mainSide.stream().map(m::get).toList()));
        Set<Instance> out = new LinkedHashSet<>();
        for (Instance candidate : data.of(other)) {
            if (wanted.contains(otherSide.stream().map(candidate::get).toList()) && !mains.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    Model model() {
        return model;
    }

    static boolean sameOrderValues(List<Instance> actual, List<Instance> expected, String attribute) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int k = 0; k < actual.size(); k++) {
            Object a = actual.get(k).get(attribute);
            Object e = expected.get(k).get(attribute);
            if (!(Objects.equals(a, e) || (a != null && e != null && Values.compare(a, e) == 0))) {
                return false;
            }
        }
        return true;
    }
}
