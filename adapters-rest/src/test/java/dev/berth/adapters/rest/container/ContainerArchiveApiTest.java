package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The archive and export endpoints: the stat header, the tar body, parameters and errors. */
@QuarkusTest
class ContainerArchiveApiTest {

    @Inject
    StubContainerArchive archive;

    @Test
    void headCarriesThePathStatAsBase64Json() throws Exception {
        String header = given().queryParam("path", "/etc").when().head("/v1.43/containers/box/archive")
                .then().statusCode(200).extract().header(PathStatJson.HEADER);
        JsonNode stat = new ObjectMapper().readTree(Base64.getDecoder().decode(header));
        assertEquals("etc", stat.get("name").asText());
        assertEquals(4096, stat.get("size").asLong());
        assertEquals((1L << 31) | 0755, stat.get("mode").asLong());
        assertEquals("2024-01-02T03:04:05Z", stat.get("mtime").asText());
        assertEquals("", stat.get("linkTarget").asText());
    }

    @Test
    void getAnswersTheTarWithTheHeader() {
        given().queryParam("path", "/etc").when().get("/containers/box/archive")
                .then().statusCode(200).contentType("application/x-tar").body(equalTo("TAR"))
                .header(PathStatJson.HEADER, org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void putHandsTheBodyAndFlagsOver() {
        given().queryParam("path", "/etc").queryParam("noOverwriteDirNonDir", "true").body("DATA".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .contentType("application/x-tar").when().put("/containers/box/archive").then().statusCode(200);
        assertEquals("DATA|true|false", archive.extracted());
    }

    @Test
    void missingPathsAre404AndBadParams400() {
        given().queryParam("path", "/nope").when().get("/containers/box/archive")
                .then().statusCode(404).body("message", equalTo("Could not find the file /nope in container box"));
        given().when().get("/containers/box/archive")
                .then().statusCode(400).body("message", equalTo("Path cannot be empty"));
        given().queryParam("path", "/etc").when().get("/containers/nope/archive")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
    }

    @Test
    void exportStreamsTheRootfs() {
        given().when().get("/containers/box/export").then().statusCode(200).body(equalTo("ROOTFS"));
    }
}
