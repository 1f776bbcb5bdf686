package dev.berth.adapters.rest.image;

import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.RegistryCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pull, push and login as the docker CLI calls them: statuses, progress lines and the X-Registry-Auth header. */
@QuarkusTest
@TestProfile(ImageApiProfile.class)
class ImageDistributionApiTest {

    @Inject
    StubImageUseCases useCases;

    private static String auth(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pullStreamsProgressLinesWithTheDecodedCredentials() {
        String body = given().queryParam("fromImage", "127.0.0.1:5000/team/app").queryParam("tag", "1")
                .header("X-Registry-Auth", auth("{\"username\":\"u\",\"password\":\"p\"}"))
                .when().post("/images/create")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .extract().asString();
        assertEquals("""
                {"status":"Pulling from team/app","id":"1"}
                {"status":"Downloading","progressDetail":{"current":5,"total":10},"id":"0123456789ab"}
                {"status":"Status: Downloaded newer image for 127.0.0.1:5000/team/app:1"}
                """, body);
        assertTrue(useCases.calls().contains(ImageReference.parse("127.0.0.1:5000/team/app:1")));
        assertTrue(useCases.calls().contains(new RegistryCredentials("u", "p", "", "")));
    }

    @Test
    void aDigestInTheTagParameterPullsByDigest() {
        String digest = "sha256:" + "a".repeat(64);
        given().queryParam("fromImage", "busybox").queryParam("tag", digest)
                .when().post("/images/create").then().statusCode(200);
        assertTrue(useCases.calls().contains(ImageReference.parse("busybox@" + digest)), useCases.calls().toString());
    }

    @Test
    void anUppercaseRepositoryIsABadRequest() {
        given().queryParam("fromImage", "upper/Case").queryParam("tag", "1")
                .when().post("/images/create")
                .then().statusCode(400)
                .body("message", equalTo("invalid reference format: repository name (upper/Case) must be lowercase"));
        given().queryParam("fromImage", "UPPER").when().post("/images/create").then().statusCode(400);
    }

    @Test
    void anUnknownTagIsNotFoundWithTheRegistrysMessage() {
        given().queryParam("fromImage", "127.0.0.1:5000/team/app").queryParam("tag", "nope")
                .when().post("/images/create")
                .then().statusCode(404).body("message", equalTo(
                        "manifest for 127.0.0.1:5000/team/app:nope not found: manifest unknown: manifest unknown"));
    }

    @Test
    void aFailureAfterTheStreamBeganIsItsLastLine() {
        String body = given().queryParam("fromImage", "busybox").queryParam("tag", "broken")
                .when().post("/images/create").then().statusCode(200).extract().asString();
        String message = "failed to download sha256:ab after 5 attempts: connection reset";
        assertTrue(body.endsWith("{\"errorDetail\":{\"message\":\"" + message + "\"},\"error\":\"" + message
                + "\"}\n"), body);
    }

    @Test
    void anUndecodableAuthHeaderIsABadRequest() {
        given().queryParam("fromImage", "busybox").queryParam("tag", "1").header("X-Registry-Auth", "%%%")
                .when().post("/images/create").then().statusCode(400);
    }

    @Test
    void pushStreamsTheDigestLineAndTheAux() {
        String body = given().queryParam("tag", "1")
                .header("X-Registry-Auth", auth("{\"auth\":\"" + Base64.getEncoder().encodeToString(
                        "u:p".getBytes(StandardCharsets.UTF_8)) + "\"}"))
                .when().post("/images/127.0.0.1:5000/team/app/push")
                .then().statusCode(200).extract().asString();
        String digest = "sha256:" + "d".repeat(64);
        assertEquals("{\"status\":\"The push refers to repository [127.0.0.1:5000/team/app]\"}\n"
                + "{\"status\":\"1: digest: " + digest + " size: 7\"}\n"
                + "{\"aux\":{\"Tag\":\"1\",\"Digest\":\"" + digest + "\",\"Size\":7}}\n", body);
        assertTrue(useCases.calls().contains(List.of("127.0.0.1:5000/team/app", "1",
                new RegistryCredentials("u", "p", "", ""))), useCases.calls().toString());
    }

    @Test
    void loginAnswersLoginSucceededOr401() {
        given().contentType("application/json")
                .body("{\"username\":\"cliuser\",\"password\":\"clipass\",\"serveraddress\":\"127.0.0.1:5000\"}")
                .when().post("/auth")
                .then().statusCode(200).body("Status", equalTo("Login Succeeded")).body("IdentityToken", equalTo(""));
        given().contentType("application/json")
                .body("{\"username\":\"cliuser\",\"password\":\"wrong\",\"serveraddress\":\"127.0.0.1:5000\"}")
                .when().post("/auth")
                .then().statusCode(401).body("message", equalTo(
                        "login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 Unauthorized"));
    }

    @Test
    void searchAnswersAClearNotImplemented() {
        given().queryParam("term", "busybox").when().get("/images/search").then().statusCode(501);
    }
}
