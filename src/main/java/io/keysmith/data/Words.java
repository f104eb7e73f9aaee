package io.keysmith.data;

import java.util.List;

/** Small word lists for plausible sample values. */
final class Words {

    static final List<String> FIRST_NAMES = List.of("Ada", "Alan", "Grace", "Linus", "Margaret", "Ken", "Barbara",
            "Dennis", "Frances", "Edsger", "Radia", "Tim", "Sophie", "Yukihiro", "Anita", "Guido", "Hedy", "John",
            "Mary", "James", "Priya", "Wei", "Fatima", "Lucas", "Amara", "Mateo", "Elena", "Omar", "Chloe", "Ivan");

    static final List<String> LAST_NAMES = List.of("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Thompson",
            "Liskov", "Ritchie", "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Wilson", "Matsumoto", "Borg",
            "van Rossum", "Lamarr", "Backus", "Smith", "Garcia", "Patel", "Chen", "Khan", "Silva", "Okafor",
            "Rossi", "Novak", "Haddad", "Martin", "Petrov");

    static final List<String> CITIES = List.of("Lisbon", "Berlin", "Seattle", "Austin", "Toronto", "Dublin", "Tokyo",
            "Singapore", "Sydney", "Nairobi", "Lagos", "Madrid", "Paris", "Oslo", "Warsaw", "Seoul", "Mumbai",
            "Sao Paulo", "Mexico City", "Cape Town", "Zurich", "Vienna", "Denver", "Boston");

    static final List<String> COUNTRIES = List.of("PT", "DE", "US", "CA", "IE", "JP", "SG", "AU", "KE", "NG", "ES",
            "FR", "NO", "PL", "KR", "IN", "BR", "MX", "ZA", "CH", "AT", "GB", "NL", "SE");

    static final List<String> COMPANY_PARTS = List.of("Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne",
            "Hooli", "Vandelay", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Aperture", "Massive", "Nimbus", "Orbit");

    static final List<String> COMPANY_SUFFIXES = List.of("Inc", "Ltd", "Labs", "Group", "Systems", "Logistics", "Co");

    static final List<String> WORDS = List.of("alpha", "amber", "anchor", "apple", "arrow", "atlas", "autumn", "basil",
            "beacon", "birch", "blossom", "breeze", "bridge", "canyon", "cedar", "cobalt", "comet", "coral", "crystal",
            "delta", "desert", "ember", "falcon", "fern", "forest", "garden", "glacier", "granite", "harbor", "hazel",
            "horizon", "island", "jade", "juniper", "lagoon", "lantern", "lemon", "maple", "meadow", "meteor", "mint",
            "nebula", "oak", "ocean", "olive", "orchid", "pebble", "pepper", "pine", "planet", "prairie", "quartz",
            "rain", "raven", "river", "saffron", "sage", "shadow", "sierra", "silver", "spruce", "stone", "summit",
            "sunset", "thunder", "tide", "timber", "topaz", "valley", "velvet", "willow", "winter", "zephyr");

    private Words() {
    }
}
