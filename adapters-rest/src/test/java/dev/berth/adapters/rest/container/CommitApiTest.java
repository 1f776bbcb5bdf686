package dev.berth.adapters.rest.container;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code POST /commit}: the parameters handed over (pause on by default), 201 with the Id, each error. */
@QuarkusTest
class CommitApiTest {

    @Inject
    StubContainerCommit commits;

    @Test
    void commitsWithTheParametersAndAnswersTheId() {
        given().queryParam("container", "box").queryParam("repo", "img").queryParam("tag", "1")
                .queryParam("comment", "msg").queryParam("author", "me")
                .queryParam("changes", "CMD [\"cat\"]").queryParam("changes", "ENV A=1")
                .contentType("application/json").body("{}")
                .when().post("/v1.43/commit").then().statusCode(201).body("Id", equalTo(StubContainerCommit.ID.toString()));
        assertEquals(new dev.berth.application.container.ContainerCommit.Request("box", "img", "1", "msg", "me", true,
                List.of("CMD [\"cat\"]", "ENV A=1")), commits.last());

        given().queryParam("container", "box").queryParam("pause", "0").when().post("/commit").then().statusCode(201);
        assertEquals(false, commits.last().pause());
    }

    @Test
    void badInputs() {
        given().queryParam("container", "nope").when().post("/commit").then().statusCode(404)
                .body("message", equalTo("No such container: nope"));
        given().queryParam("container", "box").queryParam("changes", "RUN true").when().post("/commit").then()
                .statusCode(400).body("message", equalTo("RUN is not a valid change command"));
    }
}
