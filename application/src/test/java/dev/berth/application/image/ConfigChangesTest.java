package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigChangesTest {

    @Test
    void execAndShellFormCommands() {
        ContainerDefaults config = ConfigChanges.apply(ContainerDefaults.EMPTY, List.of(
                "CMD [\"/bin/sh\", \"-c\", \"echo \\\"imported\\\"-$IMP\"]", "ENTRYPOINT tini --"));
        assertEquals(List.of("/bin/sh", "-c", "echo \"imported\"-$IMP"), config.cmd());
        assertEquals(List.of("/bin/sh", "-c", "tini --"), config.entrypoint());
    }

    @Test
    void envLabelsPortsVolumesAndScalars() {
        ContainerDefaults config = ConfigChanges.apply(ContainerDefaults.EMPTY, List.of(
                "ENV IMP=ok OTHER=\"a b\"", "ENV LEGACY some value", "ENV IMP=again", "LABEL k=v",
                "EXPOSE 80 53/udp", "VOLUME [\"/data\"]", "user nobody", "WORKDIR /app", "STOPSIGNAL SIGTERM"));
        // a variable set again keeps its place, as dockerd's ENV dispatcher replaces it
        assertEquals(List.of("IMP=again", "OTHER=a b", "LEGACY=some value"), config.env());
        assertEquals(Map.of("k", "v"), config.labels());
        assertEquals(Set.of("80/tcp", "53/udp"), config.exposedPorts());
        assertEquals(Set.of("/data"), config.volumes());
        assertEquals("nobody", config.user());
        assertEquals("/app", config.workingDir());
        assertEquals("SIGTERM", config.stopSignal());
    }

    @Test
    void unknownAndNonConfigInstructionsAreInvalid() {
        assertEquals("RUN is not a valid change command", assertThrows(InvalidParameter.class,
                () -> ConfigChanges.apply(ContainerDefaults.EMPTY, List.of("RUN rm -rf /"))).getMessage());
        assertThrows(InvalidParameter.class,
                () -> ConfigChanges.apply(ContainerDefaults.EMPTY, List.of("BOGUS x")));
    }

    @Test
    void onbuildAndHealthcheckAsTheDockerfileParserReadsThem() {
        ContainerDefaults config = ConfigChanges.apply(ContainerDefaults.EMPTY, List.of("ONBUILD RUN make",
                "HEALTHCHECK --interval=5s CMD true", "VOLUME /a /b"));
        assertEquals(List.of("RUN make"), config.build().onBuild());
        assertEquals(List.of("CMD-SHELL", "true"), config.healthcheck().test());
        assertEquals(java.time.Duration.ofSeconds(5), config.healthcheck().interval());
        assertEquals(Set.of("/a", "/b"), config.volumes());
    }
}
