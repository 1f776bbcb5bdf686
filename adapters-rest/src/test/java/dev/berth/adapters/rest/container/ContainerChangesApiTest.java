package dev.berth.adapters.rest.container;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** {@code GET /containers/{id}/changes}: dockerd's field names and kind codes, 404 for an unknown container. */
@QuarkusTest
class ContainerChangesApiTest {

    @Test
    void listsPathsWithDockerdsKindCodes() {
        given().when().get("/v1.43/containers/box/changes").then().statusCode(200)
                .body("Path", contains("/etc", "/etc/group", "/newfile"))
                .body("Kind", contains(0, 2, 1));
    }

    @Test
    void unknownContainerIs404() {
        given().when().get("/containers/nope/changes").then().statusCode(404)
                .body("message", equalTo("No such container: nope"));
    }
}
