package dev.berth.adapters.rest.image;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(ImageApiProfile.class)
class ImageApiTest {

    @Inject
    StubImageUseCases useCases;

    @Test
    void listParsesFiltersAndAnswersSummaries() {
        given().queryParam("filters", "{\"reference\":{\"cli-x/*\":true},\"dangling\":{\"false\":true}}")
                .when().get("/images/json")
                .then().statusCode(200)
                .body("[0].Id", equalTo(StubImageUseCases.ID.toString()))
                .body("[0].RepoTags", contains("cli-x/y:v1"))
                .body("[0].Size", equalTo(42));
        assertTrue(useCases.calls().stream().anyMatch(c -> c.toString().contains("cli-x/*")),
                useCases.calls().toString());
    }

    @Test
    void unknownListFilterIsABadRequest() {
        given().queryParam("filters", "{\"colour\":{\"red\":true}}")
                .when().get("/images/json")
                .then().statusCode(400).body("message", equalTo("invalid filter 'colour'"));
    }

    @Test
    void inspectTakesNamesWithSlashes() {
        given().when().get("/images/cli-x/y:v1/json")
                .then().statusCode(200)
                .body("Id", equalTo(StubImageUseCases.ID.toString()))
                .body("RootFS.Type", equalTo("layers"))
                .body("Config.Labels.k", equalTo("v"));
        given().when().get("/images/nope/json")
                .then().statusCode(404).body("message", equalTo("No such image: nope"));
    }

    @Test
    void historyAnswersItems() {
        given().when().get("/images/cli-x/y:v1/history")
                .then().statusCode(200)
                .body("Id", contains(StubImageUseCases.ID.toString(), "<missing>"))
                .body("[0].Tags", contains("cli-x/y:v1"));
    }

    @Test
    void tagAnswersCreated() {
        given().queryParam("repo", "new/repo").queryParam("tag", "v2")
                .when().post("/images/cli-x/y:v1/tag")
                .then().statusCode(201);
        assertTrue(useCases.calls().contains(List.of("cli-x/y:v1", "new/repo", "v2")), useCases.calls().toString());
    }

    @Test
    void deleteReadsForceAsDockerClientsSendIt() {
        given().queryParam("force", "0").when().delete("/images/cli-x/y:v1")
                .then().statusCode(409).body("message", org.hamcrest.Matchers.containsString("must be forced"));
        given().queryParam("force", "1").when().delete("/images/cli-x/y:v1")
                .then().statusCode(200)
                .body("[0].Untagged", equalTo("cli-x/y:v1"))
                .body("[1].Deleted", equalTo(StubImageUseCases.ID.toString()));
    }

    @Test
    void loadStreamsTheBodyAndAnswersJsonLines() {
        String body = given().contentType("application/x-tar").body("TARBYTES".getBytes())
                .queryParam("quiet", "1")
                .when().post("/images/load")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .extract().asString();
        assertEquals("{\"stream\":\"Loaded image: cli-x/y:v1\\n\"}\n", body);
        assertTrue(useCases.calls().contains("TARBYTES"), useCases.calls().toString());
    }

    @Test
    void saveStreamsATar() {
        given().queryParam("names", "cli-x/y:v1").queryParam("names", StubImageUseCases.ID.toString())
                .when().get("/images/get")
                .then().statusCode(200).contentType("application/x-tar")
                .body(equalTo("tar of [cli-x/y:v1, " + StubImageUseCases.ID + "]"));
        given().when().get("/images/cli-x/y:v1/get")
                .then().statusCode(200).body(equalTo("tar of [cli-x/y:v1]"));
        given().queryParam("names", "missing").when().get("/images/get")
                .then().statusCode(404).body("message", equalTo("No such image: missing"));
    }

    @Test
    void pruneDefaultsToDanglingAndAnswersTheReport() {
        given().queryParam("filters", "{\"label\":{\"cli.prune=x\":true}}")
                .when().post("/images/prune")
                .then().statusCode(200)
                .body("ImagesDeleted[0].Deleted", equalTo(StubImageUseCases.ID.toString()))
                .body("SpaceReclaimed", equalTo(42));
        String expected = "danglingOnly=true, labels=[cli.prune=x]";
        assertTrue(useCases.calls().stream().anyMatch(c -> c.toString().contains(expected)),
                useCases.calls().toString());
    }

    @Test
    void importFromTheBodyAnswersTheIdAsStatus() {
        String body = given().contentType("application/x-tar").body("ROOTFS".getBytes())
                .queryParam("fromSrc", "-").queryParam("repo", "p-imp").queryParam("tag", "1")
                .queryParam("message", "cli import")
                .queryParam("changes", "ENV IMP=ok").queryParam("changes", "CMD [\"sh\"]")
                .when().post("/images/create")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .extract().asString();
        assertEquals("{\"status\":\"" + StubImageUseCases.ID + "\"}\n", body);
        assertTrue(useCases.calls().contains("ROOTFS"), useCases.calls().toString());
        assertTrue(useCases.calls().stream().anyMatch(c -> c.toString().contains(
                "changes=[ENV IMP=ok, CMD [\"sh\"]], message=cli import, source=-, tag=docker.io/library/p-imp:1")),
                useCases.calls().toString());
    }

    @Test
    void listOfTheStubHasTheImage() {
        given().when().get("/images/json").then().statusCode(200).body("Id", hasItem(StubImageUseCases.ID.toString()));
    }
}
