package dev.berth.adapters.rest.system;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DiskUsageApiTest {

    @Test
    void volumesCarryTheirUsageData() {
        given().when().get("/v1.43/system/df")
                .then().statusCode(200)
                .body("Volumes", hasSize(1))
                .body("Volumes[0].Name", equalTo("data"))
                .body("Volumes[0].UsageData.Size", equalTo(100_000))
                .body("Volumes[0].UsageData.RefCount", equalTo(1))
                .body("BuildCache", empty());
    }

    @Test
    void aTypeSelectsTheKindsMeasured() {
        given().queryParam("type", "container").when().get("/v1.43/system/df")
                .then().statusCode(200).body("Volumes", empty());
    }

    @Test
    void anUnknownTypeIsABadParameter() {
        given().queryParam("type", "nope").when().get("/v1.43/system/df")
                .then().statusCode(400).body("message", equalTo("invalid type: nope"));
    }

    @Test
    void theBuildCachePruneFreesNothingApartFromImages() {
        given().when().post("/v1.43/build/prune")
                .then().statusCode(200).body("CachesDeleted", empty()).body("SpaceReclaimed", equalTo(0));
    }
}
