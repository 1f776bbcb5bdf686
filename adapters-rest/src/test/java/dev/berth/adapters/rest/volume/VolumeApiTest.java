package dev.berth.adapters.rest.volume;

import dev.berth.application.volume.VolumeFilter;
import dev.berth.application.volume.VolumePruneFilter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status codes, error bodies and Docker's field names of the volume endpoints, with the use cases stubbed. */
@QuarkusTest
class VolumeApiTest {

    @Inject
    StubVolumeUseCases useCases;

    @Test
    void createAnswers201WithDockersFieldNames() {
        given().contentType("application/json")
                .body("{\"Name\":\"fresh\",\"Driver\":\"local\",\"Labels\":{\"a\":\"b\"},\"DriverOpts\":{\"type\":\"tmpfs\"}}")
                .when().post("/v1.43/volumes/create")
                .then().statusCode(201)
                .body("Name", equalTo("fresh"))
                .body("Driver", equalTo("local"))
                .body("Mountpoint", equalTo("/data/volumes/fresh/_data"))
                .body("Labels.a", equalTo("b"))
                .body("Options.type", equalTo("tmpfs"))
                .body("Scope", equalTo("local"))
                .body("CreatedAt", equalTo("2024-01-01T00:00:00Z"));
    }

    @Test
    void aBadDriverOptionIs400() {
        given().contentType("application/json").body("{\"Name\":\"t\",\"DriverOpts\":{\"o\":\"size=abc\"}}")
                .when().post("/volumes/create")
                .then().statusCode(400).body("message", equalTo("invalid size: 'abc'"));
    }

    @Test
    void inspectAndRemoveAnswerDockerdsStatuses() {
        given().when().get("/volumes/data").then().statusCode(200).body("Name", equalTo("data"));
        given().when().get("/volumes/nope")
                .then().statusCode(404).body("message", equalTo("get nope: no such volume"));
        given().when().delete("/volumes/data").then().statusCode(204);
        given().when().delete("/volumes/busy")
                .then().statusCode(409).body("message", equalTo("remove busy: volume is in use - [c1]"));
        assertTrue(useCases.calls().contains("removed data"));
    }

    @Test
    void listAnswersVolumesAndWarningsAndParsesFilters() {
        given().queryParam("filters", "{\"name\":{\"da\":true},\"dangling\":{\"true\":true}}")
                .when().get("/volumes")
                .then().statusCode(200)
                .body("Volumes.Name", contains("data"))
                .body("Warnings", hasSize(0));
        assertTrue(useCases.calls().contains(new VolumeFilter(List.of("da"), List.of(), List.of(), true)));
        given().queryParam("filters", "{\"colour\":{\"red\":true}}")
                .when().get("/volumes")
                .then().statusCode(400).body("message", equalTo("invalid filter 'colour'"));
    }

    @Test
    void pruneIsAnonymousOnlyFromApi142UnlessAll() {
        given().when().post("/v1.41/volumes/prune")
                .then().statusCode(200).body("VolumesDeleted", contains("data")).body("SpaceReclaimed", equalTo(0));
        given().when().post("/v1.43/volumes/prune");
        given().queryParam("filters", "{\"all\":{\"true\":true},\"label\":{\"k=v\":true}}")
                .when().post("/v1.43/volumes/prune").then().statusCode(200);
        List<Object> prunes = useCases.calls().stream().filter(VolumePruneFilter.class::isInstance).toList();
        assertEquals(List.of(new VolumePruneFilter(List.of(), List.of(), false),
                new VolumePruneFilter(List.of(), List.of(), true),
                new VolumePruneFilter(List.of("k=v"), List.of(), false)), prunes);
    }
}
