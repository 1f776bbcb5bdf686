package dev.berth.adapters.rest.container;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** TTY containers' endpoints: resize validation, raw output for a TTY and frames without, detach keys. */
@QuarkusTest
class TerminalApiTest {

    private static final byte[] FRAMED_HI = {1, 0, 0, 0, 0, 0, 0, 3, 'h', 'i', '\n'};

    @Test
    void resizeAnswers200ForAKnownContainerAnd404ForAnUnknownOne() {
        given().when().post("/containers/tty/resize?h=30&w=100").then().statusCode(200);
        given().when().post("/v1.43/containers/nope/resize?h=30&w=100")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
    }

    @Test
    void badDimensionsAre400WithDockerdsWordsBeforeTheLookup() {
        given().when().post("/containers/nope/resize?h=x&w=100")
                .then().statusCode(400).body("message", equalTo("strconv.ParseUint: parsing \"x\": invalid syntax"));
        given().when().post("/containers/tty/resize?h=30")
                .then().statusCode(400).body("message", equalTo("strconv.ParseUint: parsing \"\": invalid syntax"));
        given().when().post("/containers/tty/resize?h=-1&w=100")
                .then().statusCode(400).body("message", equalTo("strconv.ParseUint: parsing \"-1\": invalid syntax"));
        given().when().post("/containers/tty/resize?h=30&w=4294967296").then().statusCode(400)
                .body("message", equalTo("strconv.ParseUint: parsing \"4294967296\": value out of range"));
        given().when().post("/containers/tty/resize?h=70000&w=100").then().statusCode(400)
                .body("message", equalTo("invalid terminal size: height=70000, width=100"));
    }

    @Test
    void logsOfATtyContainerAreRawAndOthersFramed() {
        byte[] raw = given().when().get("/containers/tty/logs?stdout=1")
                .then().statusCode(200).contentType("application/vnd.docker.raw-stream")
                .extract().asByteArray();
        byte[] framed = given().when().get("/containers/plain/logs?stdout=1")
                .then().statusCode(200).contentType("application/vnd.docker.multiplexed-stream")
                .extract().asByteArray();

        assertArrayEquals("hi\n".getBytes(), raw);
        assertArrayEquals(FRAMED_HI, framed);
    }

    @Test
    void attachOfATtyContainerIsRawAndOthersFramed() {
        byte[] raw = given().when().post("/containers/tty/attach?stream=1&stdout=1")
                .then().statusCode(200).contentType("application/vnd.docker.raw-stream")
                .extract().asByteArray();
        byte[] framed = given().when().post("/containers/plain/attach?stream=1&stdout=1")
                .then().statusCode(200).contentType("application/vnd.docker.multiplexed-stream")
                .extract().asByteArray();

        assertArrayEquals("hi\n".getBytes(), raw);
        assertArrayEquals(FRAMED_HI, framed);
    }

    @Test
    void badDetachKeysAre400BeforeTheConnectionIsTakenOver() {
        given().when().post("/containers/tty/attach?stream=1&stdin=1&stdout=1&detachKeys=ctrl-P")
                .then().statusCode(400).body("message", equalTo("Invalid detach keys (ctrl-P) provided"));
        given().when().post("/containers/nope/attach?stream=1&detachKeys=ctrl-a,x")
                .then().statusCode(404).body("message", equalTo("No such container: nope"));
    }

    @Test
    void theConsoleSizeOfACreateMustBeHeightAndWidth() {
        given().contentType("application/json").body("{\"Image\":\"bb\",\"HostConfig\":{\"ConsoleSize\":[30]}}")
                .when().post("/containers/create")
                .then().statusCode(400).body("message", equalTo("ConsoleSize must be [height, width]"));
        given().contentType("application/json")
                .body("{\"Image\":\"bb\",\"Tty\":true,\"HostConfig\":{\"ConsoleSize\":[30,100]}}")
                .when().post("/containers/create")
                .then().statusCode(201);
    }
}
