package dev.berth.adapters.rest.container;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Status codes and error bodies of the container and system endpoints, with the use cases stubbed. */
@QuarkusTest
class ContainerApiTest {

    @Test
    void anUnknownContainerIs404WithDockerdsMessage() {
        given().when().get("/containers/nope/json")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
        given().when().post("/v1.41/containers/nope/start")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
        given().when().post("/containers/nope/wait")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
    }

    @Test
    void aNameInUseIs409() {
        given().contentType("application/json").body("{\"Image\":\"bb\"}")
                .when().post("/containers/create?name=" + StubContainerUseCases.TAKEN)
                .then().statusCode(409).body("message", containsString("is already in use"));
    }

    @Test
    void createAnswers201WithTheId() {
        given().contentType("application/json").body("{\"Image\":\"bb\",\"Cmd\":[\"true\"]}")
                .when().post("/v1.43/containers/create?name=fresh")
                .then().statusCode(201).body("Id", equalTo("a".repeat(64))).body("Warnings", hasSize(0));
    }

    @Test
    void badRequestsAre400() {
        given().contentType("application/json").body("{\"Image\": ")
                .when().post("/containers/create")
                .then().statusCode(400).body("message", containsString("invalid JSON"));
        given().contentType("application/json").body("{\"Cmd\":[\"true\"]}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message", equalTo("Config cannot be empty in order to create a container"));
        given().contentType("application/json").body("{\"Image\":\"bb\",\"StopTimeout\":-5}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message", containsString("stopTimeout"));
        given().when().post("/containers/x/kill?signal=BOGUS")
                .then().statusCode(400).body("message", equalTo("Invalid signal: BOGUS"));
        given().queryParam("filters", "{\"colour\":[\"red\"]}").when().get("/containers/json")
                .then().statusCode(400).body("message", equalTo("invalid filter 'colour'"));
        given().queryParam("filters", "{\"health\":[\"ok\"]}").when().get("/containers/json")
                .then().statusCode(400).body("message", equalTo("Unrecognised filter value for health: ok"));
    }

    @Test
    void badRestartPoliciesAre400WithDockerdsMessages() {
        String prefix = "{\"Image\":\"bb\",\"HostConfig\":{";
        given().contentType("application/json").body(prefix + "\"RestartPolicy\":{\"Name\":\"sometimes\"}}}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message", equalTo("invalid restart policy: unknown policy 'sometimes'; "
                        + "use one of 'no', 'always', 'on-failure', or 'unless-stopped'"));
        given().contentType("application/json")
                .body(prefix + "\"RestartPolicy\":{\"Name\":\"always\",\"MaximumRetryCount\":2}}}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message",
                        equalTo("invalid restart policy: maximum retry count can only be used with 'on-failure'"));
        given().contentType("application/json")
                .body(prefix + "\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":-1}}}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message",
                        equalTo("invalid restart policy: maximum retry count cannot be negative"));
        given().contentType("application/json")
                .body(prefix + "\"AutoRemove\":true,\"RestartPolicy\":{\"Name\":\"always\"}}}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message",
                        equalTo("can't create 'AutoRemove' container with restart policy"));
        given().contentType("application/json")
                .body(prefix + "\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":3}}}")
                .when().post("/containers/create")
                .then().statusCode(201);
    }

    @Test
    void versionsOutsideTheServedRangeAre400() {
        given().when().get("/v1.12/containers/json")
                .then().statusCode(400).body("message", equalTo("client version 1.12 is too old. Minimum "
                        + "supported API version is 1.24, please upgrade your client to a newer version"));
        given().when().get("/v1.41/containers/json?all=1").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anUnknownRouteIs404PageNotFound() {
        given().when().get("/no/such/route")
                .then().statusCode(404).body("message", equalTo("page not found"));
    }

    @Test
    void pingCarriesTheNegotiationHeaders() {
        given().when().get("/_ping")
                .then().statusCode(200).body(equalTo("OK"))
                .header("API-Version", "1.43").header("OSType", "linux").header("Cache-Control", "no-cache, no-store, must-revalidate");
        given().when().head("/v1.24/_ping").then().statusCode(200).header("API-Version", "1.43");
        given().when().get("/version")
                .then().statusCode(200).body("ApiVersion", equalTo("1.43")).body("MinAPIVersion", equalTo("1.24"))
                .body("Os", equalTo("linux"));
    }
}
