package dev.berth.application.network;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.Network;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NetworkFilterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final Network bridge = network("b1d93ae8c0f1", "bridge", Map.of(), T0);
    private final Network front = network("f40a2c77e1d2", "front", Map.of("tier", "web", "team", "a"), T0.plusSeconds(60));
    private final Network back = network("b7c31e09aa45", "back", Map.of("tier", "db"), T0.plusSeconds(120));
    private final List<Network> all = List.of(bridge, front, back);
    private final Set<String> used = Set.of(back.id());

    private List<String> matching(Map<String, List<String>> filters, Instant until) {
        Predicate<Network> filter = NetworkFilter.of(filters, n -> used.contains(n.id()), until);
        return all.stream().filter(filter).map(Network::name).toList();
    }

    @Test
    void pruneFiltersSelectByLabelPresenceValueAbsenceAndCreationTime() {
        assertEquals(List.of("front", "back"), matching(Map.of("label", List.of("tier")), null));
        assertEquals(List.of("front"), matching(Map.of("label", List.of("tier=web", "team")), null),
                "every label given must match");
        assertEquals(List.of("bridge", "back"), matching(Map.of("label!", List.of("team=a")), null));
        assertEquals(List.of("bridge", "front"), matching(Map.of("until", List.of("ignored")), T0.plusSeconds(90)),
                "until keeps networks created before it");
        assertEquals(List.of("front"),
                matching(Map.of("label", List.of("tier"), "until", List.of("x")), T0.plusSeconds(90)));
    }

    @Test
    void listFiltersSelectByNameIdDriverTypeAndDangling() {
        assertEquals(List.of("front"), matching(Map.of("name", List.of("ron")), null), "name is a substring");
        assertEquals(List.of("bridge", "back"), matching(Map.of("id", List.of("b")), null), "id is a prefix");
        assertEquals(List.of("front", "back"), matching(Map.of("type", List.of("custom")), null));
        assertEquals(List.of("bridge"), matching(Map.of("type", List.of("builtin")), null));
        assertEquals(List.of("front"), matching(Map.of("dangling", List.of("true")), null),
                "dangling: no endpoints and not predefined");
        assertEquals(List.of("bridge", "back"), matching(Map.of("dangling", List.of("0")), null));
        assertEquals(List.of("bridge", "front", "back"), matching(Map.of("driver", List.of("bridge")), null));
    }

    @Test
    void unknownFiltersAndValuesAreBadParameters() {
        var unknown = assertThrows(InvalidParameter.class, () -> matching(Map.of("colour", List.of("red")), null));
        assertEquals("invalid filter 'colour'", unknown.getMessage());
        var badType = assertThrows(InvalidParameter.class, () -> matching(Map.of("type", List.of("odd")), null));
        assertEquals("invalid filter: 'type'='odd'", badType.getMessage());
        assertThrows(InvalidParameter.class, () -> matching(Map.of("dangling", List.of("maybe")), null));
    }

    private static Network network(String id, String name, Map<String, String> labels, Instant created) {
        return new Network(id, name, "bridge", created, Ipv4Subnet.parse("172.30.0.0/24"), "172.30.0.1", null,
                Map.of(), false, false, labels, Map.of(), "local");
    }
}
