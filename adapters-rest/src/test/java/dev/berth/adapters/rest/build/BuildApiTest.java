package dev.berth.adapters.rest.build;

import dev.berth.application.build.BuildRequest;
import dev.berth.domain.image.ImageReference;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /build} as the classic docker CLI calls it: query parsing, the JSON stream and its error line. */
@QuarkusTest
class BuildApiTest {

    @Inject
    StubBuilds builds;

    @Test
    void streamsStepsAndTheAuxIdThenClosesTheBuild() {
        String body = given().contentType("application/x-tar").body("ctx".getBytes())
                .queryParam("t", "a:1").queryParam("t", "b:2").queryParam("dockerfile", "sub/Dockerfile")
                .queryParam("buildargs", "{\"GREETING\":\"hi\",\"HTTP_PROXY\":null}")
                .queryParam("labels", "{\"k\":\"v\"}").queryParam("target", "builder")
                .queryParam("nocache", "1").queryParam("q", "0")
                .when().post("/build")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .extract().asString();
        assertEquals("""
                {"stream":"Step 1/1 : RUN exit 3\\n"}
                {"aux":{"ID":"sha256:%s"}}
                """.formatted("c".repeat(64)), body);
        BuildRequest request = (BuildRequest) builds.calls().stream().filter(BuildRequest.class::isInstance)
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(List.of(ImageReference.parse("a:1"), ImageReference.parse("b:2")), request.tags());
        assertEquals("sub/Dockerfile", request.dockerfile());
        assertEquals("hi", request.buildArgs().get("GREETING"));
        assertTrue(request.buildArgs().containsKey("HTTP_PROXY"));
        assertEquals(Map.of("k", "v"), request.labels());
        assertEquals("builder", request.target());
        assertTrue(request.noCache());
        assertTrue(builds.calls().contains("closed"));
    }

    @Test
    void aFailingStepEndsTheStreamWithItsCode() {
        String body = given().body("fail".getBytes()).when().post("/build")
                .then().statusCode(200).extract().asString();
        String message = "The command '/bin/sh -c exit 3' returned a non-zero code: 3";
        assertTrue(body.endsWith("{\"errorDetail\":{\"code\":3,\"message\":\"" + message + "\"},\"error\":\""
                + message + "\"}\n"), body);
    }

    @Test
    void badInputIsABadRequestBeforeAnyOutput() {
        given().body("bad".getBytes()).when().post("/build")
                .then().statusCode(400).body("message", equalTo("Cannot locate specified Dockerfile: Dockerfile"));
    }

    @Test
    void malformedBuildArgsAreABadRequest() {
        given().body("ctx".getBytes()).queryParam("buildargs", "{not json").when().post("/build")
                .then().statusCode(400);
    }
}
