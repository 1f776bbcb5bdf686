package dev.berth.adapters.rest.container;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

/** {@code GET /containers/{id}/stats} without streaming: dockerd's names, precpu, the zeroed shape, 404. */
@QuarkusTest
class ContainerStatsApiTest {

    @Test
    void oneSampleCarriesPrecpuFromTheSampleBefore() {
        given().queryParam("stream", "false").when().get("/v1.43/containers/box/stats").then().statusCode(200)
                .body("name", equalTo("/box"))
                .body("id", equalTo(StubContainerStats.ID.value()))
                .body("read", equalTo("2024-01-01T00:00:02Z"))
                .body("preread", equalTo("2024-01-01T00:00:01Z"))
                .body("cpu_stats.cpu_usage.total_usage", equalTo(2_000_000_000))
                .body("cpu_stats.cpu_usage.percpu_usage", contains(1, 2))
                .body("cpu_stats.cpu_usage.usage_in_kernelmode", equalTo(3))
                .body("cpu_stats.cpu_usage.usage_in_usermode", equalTo(4))
                .body("cpu_stats.system_cpu_usage", equalTo(8_000_000_000L))
                .body("cpu_stats.online_cpus", equalTo(2))
                .body("cpu_stats.throttling_data.throttled_time", equalTo(7))
                .body("precpu_stats.cpu_usage.total_usage", equalTo(1_000_000_000))
                .body("memory_stats.usage", equalTo(8192))
                .body("memory_stats.max_usage", equalTo(9000))
                .body("memory_stats.limit", equalTo(1 << 20))
                .body("memory_stats.stats.inactive_file", equalTo(1024))
                .body("pids_stats.current", equalTo(2))
                .body("pids_stats", not(hasKey("limit")))
                .body("blkio_stats.io_service_bytes_recursive[0].op", equalTo("Read"))
                .body("blkio_stats.io_serviced_recursive", nullValue())
                .body("networks.eth0.rx_bytes", equalTo(10))
                .body("networks.eth0.tx_packets", equalTo(2));
    }

    @Test
    void oneShotTakesASingleSampleWithoutPrecpu() {
        given().queryParam("stream", "0").queryParam("one-shot", "1").when().get("/containers/box/stats").then()
                .statusCode(200)
                .body("read", equalTo("2024-01-01T00:00:01Z"))
                .body("preread", equalTo("0001-01-01T00:00:00Z"))
                .body("precpu_stats.cpu_usage.total_usage", equalTo(0));
    }

    @Test
    void aStoppedContainerHasZeroedStats() {
        given().queryParam("stream", "false").when().get("/containers/stopped/stats").then().statusCode(200)
                .body("read", equalTo("0001-01-01T00:00:00Z"))
                .body("name", equalTo("/stopped"))
                .body("cpu_stats.cpu_usage.total_usage", equalTo(0))
                .body("cpu_stats", not(hasKey("system_cpu_usage")))
                .body("memory_stats", not(hasKey("usage")))
                .body("$", not(hasKey("networks")));
    }

    @Test
    void unknownContainerIs404() {
        given().queryParam("stream", "false").when().get("/containers/nope/stats").then().statusCode(404)
                .body("message", equalTo("No such container: nope"));
    }
}
