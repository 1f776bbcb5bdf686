package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerStatus;
import dev.berth.domain.container.HealthStatus;
import dev.berth.domain.error.InvalidParameter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code docker ps} selection: {@code all} (else running only), {@code limit} (newest N, -1 for no limit) and the
 * filters dockerd knows, each a list of accepted values (OR within a filter, AND across filters).
 */
public record ContainerFilter(boolean all, int limit, Map<String, List<String>> filters) {

    private static final Set<String> KNOWN = Set.of("id", "name", "label", "status", "exited", "ancestor",
            "before", "since", "health", "volume", "network", "publish", "expose", "isolation", "is-task");

    public ContainerFilter {
        filters = Map.copyOf(filters);
        for (String key : filters.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new InvalidParameter("invalid filter '" + key + "'");
            }
        }
        for (String status : filters.getOrDefault("status", List.of())) {
            if (java.util.Arrays.stream(ContainerStatus.values()).noneMatch(s -> s.apiName().equals(status))) {
                throw new InvalidParameter("Invalid filter 'status=" + status + "'");
            }
        }
        for (String health : filters.getOrDefault("health", List.of())) {
            if (HealthStatus.fromApiName(health) == null) {
                throw new InvalidParameter("Unrecognised filter value for health: " + health);
            }
        }
    }

    /** Whether the filters ask for stopped containers even without {@code all}. */
    public boolean includesStopped() {
        return all || filters.containsKey("status") || filters.containsKey("exited");
    }

    /** The predicate of every filter that looks at one container alone (not before/since, which need the list). */
    public Predicate<Container> predicate(AncestorMatcher ancestors) {
        Predicate<Container> p = c -> includesStopped() || c.state().isRunning();
        p = p.and(anyOf("id", (c, v) -> c.id().value().startsWith(v)));
        p = p.and(anyOf("name", (c, v) -> nameMatches(c.name().value(), v)));
        p = p.and(anyOf("label", ContainerFilter::labelMatches));
        p = p.and(anyOf("status", (c, v) -> c.state().status().apiName().equals(v)));
        p = p.and(anyOf("exited", (c, v) -> c.state().status() == ContainerStatus.EXITED
                && String.valueOf(c.state().exitCode()).equals(v)));
        p = p.and(anyOf("ancestor", ancestors::matches));
        p = p.and(anyOf("health", (c, v) -> c.state().health().status().apiName().equals(v)));
        return p;
    }

    public List<String> values(String key) {
        return filters.getOrDefault(key, List.of());
    }

    /** Tells whether a container descends from the image a filter value names. */
    @FunctionalInterface
    public interface AncestorMatcher {
        boolean matches(Container container, String image);
    }

    private Predicate<Container> anyOf(String key, java.util.function.BiPredicate<Container, String> test) {
        List<String> accepted = filters.get(key);
        if (accepted == null || accepted.isEmpty()) {
            return c -> true;
        }
        return c -> accepted.stream().anyMatch(v -> test.test(c, v));
    }

    /** dockerd matches names as a regular expression against "/name". */
    private static boolean nameMatches(String name, String expression) {
        try {
            return Pattern.compile(expression).matcher("/" + name).find();
        } catch (PatternSyntaxException e) {
            throw new InvalidParameter("invalid name filter: " + e.getDescription());
        }
    }

    /** {@code key} or {@code key=value} against the container's labels. */
    static boolean labelMatches(Container c, String filter) {
        int eq = filter.indexOf('=');
        if (eq < 0) {
            return c.config().labels().containsKey(filter);
        }
        return filter.substring(eq + 1).equals(c.config().labels().get(filter.substring(0, eq)));
    }
}
