package dev.berth.adapters.rest.plugin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The stubbed catalog has one active volume plugin, {@code sample}. */
@QuarkusTest
class PluginApiTest {

    @Test
    void theActiveV1PluginsAreListedWithTheirCapabilities() {
        given().when().get("/v1.43/plugins")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].Name", equalTo("sample"))
                .body("[0].Enabled", equalTo(true))
                .body("[0].Id.length()", equalTo(64))
                .body("[0].Config.Interface.Types", equalTo(List.of("docker.volumedriver/1.0")))
                .body("[0].Config.Interface.Socket", equalTo("unix:///run/docker/plugins/sample.sock"));
    }

    @Test
    void theCapabilityFilterSelects() {
        given().queryParam("filters", "{\"capability\":[\"volumedriver\"]}").when().get("/v1.43/plugins")
                .then().statusCode(200).body("", hasSize(1));
        given().queryParam("filters", "{\"capability\":[\"authz\"]}").when().get("/v1.43/plugins")
                .then().statusCode(200).body("", hasSize(0));
        given().queryParam("filters", "{\"bogus\":[\"x\"]}").when().get("/v1.43/plugins")
                .then().statusCode(400);
    }

    @Test
    void aPluginIsInspectedByNameWithOrWithoutLatest() {
        given().when().get("/v1.43/plugins/sample:latest/json")
                .then().statusCode(200).body("Name", equalTo("sample"));
        given().when().get("/v1.43/plugins/absent/json")
                .then().statusCode(404).body("message", equalTo("plugin \"absent\" not found"));
    }

    @Test
    void managedPluginsAreNotSupported() {
        given().when().get("/v1.43/plugins/privileges?remote=vieux/sshfs")
                .then().statusCode(501).body("message", containsString("managed (v2) plugins are not supported"));
        given().contentType("application/json").body("[]").when().post("/v1.43/plugins/pull?remote=vieux/sshfs")
                .then().statusCode(501);
        given().when().post("/v1.43/plugins/sample/enable").then().statusCode(501);
        given().when().delete("/v1.43/plugins/sample").then().statusCode(501);
    }
}
