package dev.berth.application.event;

import dev.berth.domain.event.Actor;
import dev.berth.domain.event.Event;
import dev.berth.domain.event.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventFilterTest {

    private static final Event DIE = new Event(EventType.CONTAINER, "die",
            new Actor("4f2a9c0e11aa", Map.of("name", "web", "image", "busybox:1.36", "exitCode", "0",
                    "tier", "front")), Instant.EPOCH);
    private static final Event EXEC = new Event(EventType.CONTAINER, "exec_start: sh -c true",
            new Actor("4f2a9c0e11aa", Map.of("name", "web")), Instant.EPOCH);
    private static final Event TAG = new Event(EventType.IMAGE, "tag",
            new Actor("sha256:77aa", Map.of("name", "registry.local:5000/app:v2")), Instant.EPOCH);

    /** Filters as {@code name=value;name=value}: several values of one name are ORed, names ANDed. */
    private static EventFilter filter(String spec) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!spec.isEmpty()) {
            Arrays.stream(spec.split(";")).map(kv -> kv.split("=", 2)).forEach(kv ->
                    values.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv[1]));
        }
        return new EventFilter(values);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "''|die|true",
            "type=container|die|true",
            "type=image|die|false",
            "type=image;type=container|die|true",
            "event=die|die|true",
            "event=start|die|false",
            "event=start;event=die|die|true",
            "event=exec_start|exec|true",
            "event=exec_start: sh -c true|exec|true",
            "event=exec|exec|false",
            "container=web|die|true",
            "container=we|die|true",
            "container=4f2a|die|true",
            "container=db|die|false",
            "container=db;container=web|die|true",
            "container=web;event=start|die|false",
            "image=busybox:1.36|die|true",
            "image=busybox|die|true",
            "image=alpine|die|false",
            "image=registry.local:5000/app|tag|true",
            "image=sha256:77aa|tag|true",
            "image=sha256:77|tag|false",
            "label=tier|die|true",
            "label=tier=front|die|true",
            "label=tier=back|die|false",
            "label=tier;label=zone|die|false",
            "network=web|die|true",
            "volume=nope|die|false",
            "scope=local|die|true",
            "scope=swarm|die|false",
    })
    void matchesAsDockerd(String spec, String event, boolean expected) {
        Event subject = switch (event) {
            case "die" -> DIE;
            case "exec" -> EXEC;
            default -> TAG;
        };
        assertEquals(expected, filter(spec).includes(subject));
    }
}
