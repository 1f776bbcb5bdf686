package dev.berth.application.container;

import dev.berth.domain.container.ContainerName;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** Names like dockerd's {@code eager_hopper} for containers created without one. */
final class NameGenerator {

    private static final List<String> ADJECTIVES = List.of("admiring", "brave", "calm", "dazzling", "eager",
            "focused", "gifted", "happy", "jolly", "keen", "loving", "modest", "nifty", "optimistic", "practical",
            "quirky", "relaxed", "serene", "tender", "upbeat", "vibrant", "wizardly", "youthful", "zealous");
    private static final List<String> SURNAMES = List.of("albattani", "babbage", "curie", "darwin", "euclid",
            "feynman", "goldberg", "hopper", "ishizaka", "jepsen", "kalam", "lovelace", "meitner", "noether",
            "pasteur", "ritchie", "shannon", "thompson", "turing", "volhard", "wozniak", "yalow", "zhukovsky");

    private NameGenerator() {
    }

    /** A random name that {@code taken} does not reject; a numeric suffix once the plain pairs run short. */
    static ContainerName unique(Predicate<ContainerName> taken) {
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_"
                    + SURNAMES.get(random.nextInt(SURNAMES.size()));
            ContainerName candidate = new ContainerName(attempt < 10 ? name : name + random.nextInt(1000));
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
