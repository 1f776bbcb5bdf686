package dev.berth.adapters.rest.network;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class NetworkApiTest {

    private static void create(String body, int status) {
        given().contentType("application/json").body(body).post("/networks/create").then().statusCode(status);
    }

    @Test
    void listsThePredefinedNetworks() {
        given().get("/networks").then().statusCode(200).body("Name", hasItems("bridge", "host", "none"));
    }

    @Test
    void createsInspectsAndRemovesANetwork() {
        given().contentType("application/json").body("{\"Name\":\"api-net\",\"Labels\":{\"k\":\"v\"}}")
                .post("/networks/create").then().statusCode(201).body("Id", matchesPattern("[0-9a-f]{64}"));
        given().get("/networks/api-net").then().statusCode(200).body("Driver", equalTo("bridge"))
                .body("Labels.k", equalTo("v")).body("IPAM.Config[0].Subnet", matchesPattern("10\\.99\\..*/24"));
        create("{\"Name\":\"api-net\"}", 409);
        given().delete("/networks/api-net").then().statusCode(204);
        given().get("/networks/api-net").then().statusCode(404)
                .body("message", equalTo("network api-net not found"));
    }

    @Test
    void refusesAnUnknownDriverAndThePredefinedOnes() {
        create("{\"Name\":\"api-x\",\"Driver\":\"nosuch\"}", 404);
        create("{\"Name\":\"api-h\",\"Driver\":\"host\"}", 403);
        given().delete("/networks/bridge").then().statusCode(403)
                .body("message", equalTo("bridge is a pre-defined network and cannot be removed"));
    }

    @Test
    void refusesAnOverlappingSubnet() {
        create("{\"Name\":\"api-s1\",\"IPAM\":{\"Config\":[{\"Subnet\":\"10.97.0.0/24\"}]}}", 201);
        create("{\"Name\":\"api-s2\",\"IPAM\":{\"Config\":[{\"Subnet\":\"10.97.0.128/25\"}]}}", 403);
    }

    @Test
    void filtersByTypeAndPrunesUnused() {
        create("{\"Name\":\"api-prune\",\"Labels\":{\"p\":\"1\"}}", 201);
        given().queryParam("filters", "{\"type\":[\"custom\"],\"name\":[\"api-prune\"]}").get("/networks")
                .then().statusCode(200).body("Name", hasItems("api-prune"));
        given().queryParam("filters", "{\"label\":[\"p=1\"]}").post("/networks/prune").then().statusCode(200)
                .body("NetworksDeleted", hasItems("api-prune"));
    }
}
