package dev.berth.application.network;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Network;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code filters} of {@code GET /networks} and {@code POST /networks/prune}: name (substring), id (prefix),
 * label ({@code key} or {@code key=value}), {@code label!}, driver, type ({@code custom}, {@code builtin}),
 * dangling (no endpoints), scope and until (created before).
 */
public final class NetworkFilter {

    public static final Set<String> LIST = Set.of("name", "id", "label", "driver", "type", "dangling", "scope");
    public static final Set<String> PRUNE = Set.of("label", "label!", "until");

    private NetworkFilter() {
    }

    /** {@code inUse} tells whether a network has endpoints; {@code until} is resolved by the caller. */
    public static Predicate<Network> of(Map<String, List<String>> filters, Predicate<Network> inUse, Instant until) {
        Predicate<Network> all = n -> true;
        for (var entry : filters.entrySet()) {
            List<String> values = entry.getValue();
            Predicate<Network> one = switch (entry.getKey()) {
                case "name" -> n -> values.stream().anyMatch(v -> n.name().contains(v));
                case "id" -> n -> values.stream().anyMatch(v -> n.id().startsWith(v));
                case "driver" -> n -> values.contains(n.driver());
                case "scope" -> n -> values.contains(n.scopeName());
                case "label" -> n -> values.stream().allMatch(v -> hasLabel(n, v));
                case "label!" -> n -> values.stream().noneMatch(v -> hasLabel(n, v));
                case "type" -> n -> values.stream().anyMatch(v -> switch (v) {
                    case "custom" -> !n.predefined();
                    case "builtin" -> n.predefined();
                    default -> throw new InvalidParameter("invalid filter: 'type'='" + v + "'");
                });
                case "dangling" -> n -> values.stream().anyMatch(v -> switch (v) {
                    case "true", "1" -> !inUse.test(n) && !n.predefined();
                    case "false", "0" -> inUse.test(n) || n.predefined();
                    default -> throw new InvalidParameter("invalid filter: 'dangling'='" + v + "'");
                });
                case "until" -> n -> until == null || n.created().isBefore(until);
                default -> throw new InvalidParameter("invalid filter '" + entry.getKey() + "'");
            };
            all = all.and(one);
        }
        return all;
    }

    private static boolean hasLabel(Network network, String filter) {
        int eq = filter.indexOf('=');
        return eq < 0 ? network.labels().containsKey(filter)
                : filter.substring(eq + 1).equals(network.labels().get(filter.substring(0, eq)));
    }
}
