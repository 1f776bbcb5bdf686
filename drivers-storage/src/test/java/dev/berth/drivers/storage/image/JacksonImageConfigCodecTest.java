package dev.berth.drivers.storage.image;

import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.BuildSettings;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.ImageConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JacksonImageConfigCodecTest {

    private static final String DIFF = "sha256:" + "d".repeat(64);
    private final JacksonImageConfigCodec codec = new JacksonImageConfigCodec();

    @Test
    void decodesADockerConfig() {
        String json = """
                {"architecture":"amd64","os":"linux","created":"2024-01-01T00:00:00Z",
                 "config":{"Env":["PATH=/bin"],"Cmd":["sh"],"Labels":{"k":"v"},"ExposedPorts":{"80/tcp":{}},
                           "WorkingDir":"/app","User":"nobody","StopSignal":"SIGUSR1","Unknown":1},
                 "rootfs":{"type":"layers","diff_ids":["%s"]},
                 "history":[{"created":"2024-01-01T00:00:00Z","created_by":"step"},
                            {"created_by":"meta","empty_layer":true}]}
                """.formatted(DIFF);
        ImageConfig config = codec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertEquals("amd64", config.architecture());
        assertEquals("linux", config.os());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), config.created());
        assertEquals(List.of("sh"), config.config().cmd());
        assertNull(config.config().entrypoint());
        assertEquals(Map.of("k", "v"), config.config().labels());
        assertEquals(Set.of("80/tcp"), config.config().exposedPorts());
        assertEquals("/app", config.config().workingDir());
        assertEquals(List.of(Digest.parse(DIFF)), config.diffIds());
        assertEquals(2, config.history().size());
        assertEquals(true, config.history().get(1).emptyLayer());
    }

    @Test
    void encodeThenDecodeGivesTheSameConfig() {
        var defaults = new ContainerDefaults("u", List.of("A=1"), List.of("/ep"), List.of("x"), "/w",
                Map.of("l", "v"), Set.of("53/udp"), Set.of("/data"), "SIGTERM")
                .withBuild(new BuildSettings(List.of("RUN echo triggered"), List.of("/bin/bash", "-c")))
                .withHealthcheck(new Healthcheck(List.of("CMD-SHELL", "test -f /ready"), Duration.ofSeconds(5),
                        Duration.ofSeconds(2), Duration.ofMillis(1500), 4));
        var config = new ImageConfig("amd64", "linux", null, Instant.parse("2025-02-03T04:05:06.123Z"), "me",
                "c", null, defaults, List.of(Digest.parse(DIFF)),
                List.of(new HistoryEntry(Instant.parse("2025-02-03T04:05:06Z"), "RUN x", null, null, false)));
        assertEquals(config, codec.decode(codec.encode(config)));
    }

    @Test
    void healthcheckDurationsAreGoNanoseconds() {
        String json = """
                {"architecture":"amd64","os":"linux","config":{"Healthcheck":{"Test":["CMD","true"],
                 "Interval":1000000000,"Retries":2}},"rootfs":{"type":"layers","diff_ids":[]}}
                """;
        Healthcheck check = codec.decode(json.getBytes(StandardCharsets.UTF_8)).config().healthcheck();
        assertEquals(new Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(1), null, null, 2), check);
    }

    @Test
    void notAConfigIsInvalidParameter() {
        assertThrows(InvalidParameter.class, () -> codec.decode("[1]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidParameter.class, () -> codec.decode("{oops".getBytes(StandardCharsets.UTF_8)));
    }
}
