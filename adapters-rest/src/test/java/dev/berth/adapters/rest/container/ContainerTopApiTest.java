package dev.berth.adapters.rest.container;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** {@code GET /containers/{id}/top}: dockerd's field names, ps_args handed over, and each error's status. */
@QuarkusTest
class ContainerTopApiTest {

    @Test
    void answersTitlesAndProcesses() {
        given().queryParam("ps_args", "aux").when().get("/v1.43/containers/box/top").then().statusCode(200)
                .body("Titles", contains("UID", "PID", "CMD", "ARGS:aux"))
                .body("Processes[0]", contains("root", "100", "sleep 1234", ""));
    }

    @Test
    void eachBadInputHasDockerdsStatus() {
        given().when().get("/containers/nope/top").then().statusCode(404)
                .body("message", equalTo("No such container: nope"));
        given().when().get("/containers/stopped/top").then().statusCode(409)
                .body("message", equalTo("Container stopped is not running"));
        given().queryParam("ps_args", "-o uid=PID").when().get("/containers/box/top").then().statusCode(400)
                .body("message", equalTo("specifying \"uid=PID\" is not allowed"));
        given().queryParam("ps_args", "--bogus").when().get("/containers/box/top").then().statusCode(500)
                .body("message", equalTo("ps: error: unknown gnu long option"));
    }
}
