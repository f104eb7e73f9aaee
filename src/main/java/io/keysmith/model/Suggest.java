package io.keysmith.model;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean" hints for misspelled names. */
final class Suggest {
    private Suggest() {
    }

    static String closest(String name, Collection<String> candidates) {
        if (name == null) {
            return "";
        }
        return candidates.stream()
                .filter(c -> distance(c.toLowerCase(), name.toLowerCase()) <= Math.max(1, name.length() / 3))
                .min(Comparator.comparingInt(c -> distance(c.toLowerCase(), name.toLowerCase())))
                .map(c -> " (did you mean \"" + c + "\"?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
