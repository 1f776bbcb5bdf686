package dev.berth.adapters.rest.system;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InfoApiTest {

    @Test
    void infoCarriesTheHostFactsAndAnInactiveSwarm() {
        given().when().get("/v1.43/info")
                .then().statusCode(200)
                .body("ID", equalTo("4f1c-test"))
                .body("OperatingSystem", equalTo("Debian GNU/Linux 12 (bookworm)"))
                .body("DriverStatus[0][1]", equalTo("extfs"))
                .body("RuncCommit.ID", equalTo("1.1.5"))
                .body("InitCommit.ID", equalTo("0.19.0"))
                .body("Swarm.LocalNodeState", equalTo("inactive"))
                .body("RegistryConfig.InsecureRegistryCIDRs", hasItem("10.0.0.0/8"))
                .body("RegistryConfig.IndexConfigs.'docker.io'.Official", equalTo(true))
                .body("Plugins.Volume", equalTo(List.of("local", "sample")))
                .body("Plugins.Log", equalTo(List.of("json-file")))
                .body("Plugins.Authorization", nullValue());
    }
}
