package dev.berth.adapters.rest.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.application.event.EventBus;
import dev.berth.domain.event.Actor;
import dev.berth.domain.event.EventType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EventApiTest {

    @Inject
    EventBus bus;

    @Test
    void sinceAndUntilReplayTheFilteredEventsAsJsonLines() throws Exception {
        String since = seconds(Instant.now());
        String name = "ev-" + System.nanoTime();
        bus.publish(EventType.CONTAINER, "create", new Actor("c0ffee01", Map.of("name", name, "image", "bb")));
        bus.publish(EventType.IMAGE, "tag", new Actor("sha256:ab", Map.of("name", "bb:v2")));
        bus.publish(EventType.CONTAINER, "die",
                new Actor("c0ffee01", Map.of("name", name, "image", "bb", "exitCode", "3")));
        String until = seconds(Instant.now().plusMillis(200));

        String body = given().queryParam("since", since).queryParam("until", until)
                .queryParam("filters", "{\"container\":{\"" + name + "\":true}}")
                .when().get("/events")
                .then().statusCode(200).header("Content-Type", "application/json")
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertEquals(2, lines.size(), body);
        JsonNode die = lines.get(1);
        assertEquals("container", die.get("Type").asText());
        assertEquals("die", die.get("Action").asText());
        assertEquals("3", die.at("/Actor/Attributes/exitCode").asText());
        assertEquals("c0ffee01", die.at("/Actor/ID").asText());
        assertEquals("die", die.get("status").asText(), "the deprecated fields dockerd still fills");
        assertEquals("bb", die.get("from").asText());
        assertEquals("local", die.get("scope").asText());
        assertEquals(die.get("time").asLong(), die.get("timeNano").asLong() / 1_000_000_000L);
    }

    @Test
    void sinceZeroReplaysTheWholeKeptHistory() {
        String name = "ev0-" + System.nanoTime();
        bus.publish(EventType.CONTAINER, "create", new Actor("c0ffee02", Map.of("name", name, "image", "bb")));

        String body = given().queryParam("since", "0").queryParam("until", seconds(Instant.now().plusMillis(200)))
                .queryParam("filters", "{\"container\":{\"" + name + "\":true}}")
                .when().get("/events")
                .then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"c0ffee02\""), "docker events --since 0 shows what happened before: " + body);
    }

    @Test
    void badParametersAreRefusedWithTheApiErrorShape() {
        given().queryParam("filters", "{\"colour\":{\"red\":true}}").when().get("/events")
                .then().statusCode(400).body("message", equalTo("invalid filter 'colour'"));
        given().queryParam("since", "yesterday").when().get("/events")
                .then().statusCode(400).body("message", equalTo("invalid value for since: yesterday"));
        given().queryParam("since", "200").queryParam("until", "100").when().get("/events")
                .then().statusCode(400).body("message", equalTo("`since` time (200) cannot be after `until` time (100)"));
    }

    private static String seconds(Instant t) {
        return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }
}
