package dev.berth.adapters.rest.exec;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The exec endpoints over the real exec use cases, with containers and processes stubbed (ExecStubs). */
@QuarkusTest
class ExecApiTest {

    @Test
    void createAnswers201WithTheIdAndInspectShowsTheConfig() {
        String id = create("running", "{\"Cmd\":[\"echo\",\"hi\"],\"AttachStdout\":true,\"User\":\"nobody\"}");

        given().when().get("/v1.43/exec/" + id + "/json").then().statusCode(200)
                .body("ID", equalTo(id)).body("Running", equalTo(false)).body("ExitCode", nullValue())
                .body("ProcessConfig.entrypoint", equalTo("echo")).body("ProcessConfig.arguments[0]", equalTo("hi"))
                .body("ProcessConfig.user", equalTo("nobody")).body("ProcessConfig.tty", equalTo(false))
                .body("ProcessConfig.privileged", equalTo(false))
                .body("OpenStdout", equalTo(true)).body("OpenStdin", equalTo(false))
                .body("OpenStderr", equalTo(false)).body("CanRemove", equalTo(false))
                .body("ContainerID", equalTo(ExecStubs.CONTAINERS.get("running").id().value()))
                .body("Pid", equalTo(0));
    }

    @Test
    void execInAStoppedContainerIs409() {
        given().contentType("application/json").body("{\"Cmd\":[\"true\"]}")
                .when().post("/containers/stopped/exec")
                .then().statusCode(409).body("message", equalTo(
                        "container " + ExecStubs.CONTAINERS.get("stopped").id() + " is not running"));
    }

    @Test
    void execInAPausedContainerIs409() {
        given().contentType("application/json").body("{\"Cmd\":[\"true\"]}")
                .when().post("/containers/paused/exec")
                .then().statusCode(409).body("message", equalTo("container "
                        + ExecStubs.CONTAINERS.get("paused").id() + " is paused, unpause the container before exec"));
    }

    @Test
    void aMissingCommandIs400() {
        given().contentType("application/json").body("{\"AttachStdout\":true}")
                .when().post("/containers/running/exec")
                .then().statusCode(400).body("message", equalTo("No exec command specified"));
        given().contentType("application/json").body("{\"Cmd\":[]}")
                .when().post("/containers/running/exec")
                .then().statusCode(400).body("message", equalTo("No exec command specified"));
    }

    @Test
    void anUnknownContainerOrExecIs404() {
        given().contentType("application/json").body("{\"Cmd\":[\"true\"]}")
                .when().post("/containers/nope/exec")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
        given().when().get("/exec/nope/json")
                .then().statusCode(404).body("message", equalTo("No such exec instance: nope"));
        given().contentType("application/json").body("{}").when().post("/v1.43/exec/nope/start")
                .then().statusCode(404).body("message", equalTo("No such exec instance: nope"));
        given().when().post("/exec/nope/resize?h=10&w=20")
                .then().statusCode(404).body("message", equalTo("No such exec instance: nope"));
    }

    @Test
    void startStreamsFramedOutputInTheBodyOfAClientThatDidNotUpgradeThenRecordsTheExit() {
        String id = create("running", "{\"Cmd\":[\"echo\",\"a\",\"b\"],\"AttachStdout\":true}");

        Response started = given().contentType("application/json").body("{\"Detach\":false,\"Tty\":false}")
                .when().post("/exec/" + id + "/start");

        started.then().statusCode(200).contentType("application/vnd.docker.multiplexed-stream");
        assertArrayEquals(frame(1, "a b\n"), started.asByteArray());
        given().when().get("/exec/" + id + "/json").then().statusCode(200)
                .body("Running", equalTo(false)).body("ExitCode", equalTo(2));
        given().contentType("application/json").body("{}").when().post("/exec/" + id + "/start")
                .then().statusCode(409).body("message", equalTo("Error: Exec command " + id + " has already run"));
    }

    @Test
    void startWithTtyStreamsRawOutput() {
        String id = create("running", "{\"Cmd\":[\"echo\",\"raw\"],\"AttachStdout\":true,\"AttachStderr\":true}");

        Response started = given().contentType("application/json").body("{\"Tty\":true}")
                .when().post("/exec/" + id + "/start");

        started.then().statusCode(200).contentType("application/vnd.docker.raw-stream");
        String body = started.asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.equals("raw\nerr\n") || body.equals("err\nraw\n"), body);
    }

    @Test
    void aDetachedStartAnswersAnEmpty200() {
        String id = create("running", "{\"Cmd\":[\"sleep\",\"1\"]}");

        given().contentType("application/json").body("{\"Detach\":true}").when().post("/exec/" + id + "/start")
                .then().statusCode(200).body(emptyString());
        given().when().post("/exec/" + id + "/resize?h=30&w=100").then().statusCode(200);
    }

    private static String create(String container, String body) {
        return given().contentType("application/json").body(body)
                .when().post("/v1.43/containers/" + container + "/exec")
                .then().statusCode(201).body("Id", matchesPattern("[0-9a-f]{64}"))
                .extract().path("Id");
    }

    private static byte[] frame(int stream, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + payload.length).put((byte) stream).put(new byte[3]).putInt(payload.length)
                .put(payload).array();
    }
}
