package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageDefaultsMergeTest {

    private static final ContainerDefaults IMAGE = new ContainerDefaults("app", List.of("PATH=/bin", "MODE=image"),
            List.of("/entry.sh"), List.of("serve"), "/srv", Map.of("from", "image", "keep", "yes"),
            Set.of("80/tcp"), Set.of(), "SIGQUIT");

    private static ContainerConfig request(List<String> entrypoint, List<String> cmd, List<String> env) {
        return new ContainerConfig("img", "h", "", null, env, entrypoint, cmd, null, Map.of("from", "request"),
                Set.of("443/tcp"), false, false, false, false, true, true, null, null);
    }

    @Test
    void takesTheImageCommandWhenTheRequestGivesNone() {
        var merged = ImageDefaultsMerge.merge(request(null, null, List.of()), IMAGE);
        assertEquals(List.of("/entry.sh", "serve"), ImageDefaultsMerge.commandLine(merged));
        assertEquals("app", merged.user());
        assertEquals("/srv", merged.workingDir());
        assertEquals("SIGQUIT", merged.stopSignal());
    }

    @Test
    void requestCmdReplacesTheImageCmdButKeepsItsEntrypoint() {
        var merged = ImageDefaultsMerge.merge(request(null, List.of("debug"), List.of()), IMAGE);
        assertEquals(List.of("/entry.sh", "debug"), ImageDefaultsMerge.commandLine(merged));
    }

    @Test
    void anExplicitEntrypointDropsTheImageCmd() {
        var merged = ImageDefaultsMerge.merge(request(List.of("echo"), null, List.of()), IMAGE);
        assertEquals(List.of("echo"), ImageDefaultsMerge.commandLine(merged));
        var withArgs = ImageDefaultsMerge.merge(request(List.of("echo"), List.of("hi", "there"), List.of()), IMAGE);
        assertEquals(List.of("echo", "hi", "there"), ImageDefaultsMerge.commandLine(withArgs));
    }

    @Test
    void anEmptyEntrypointResetsTheImageOne() {
        var merged = ImageDefaultsMerge.merge(request(List.of(""), List.of("sh"), List.of()), IMAGE);
        assertEquals(List.of("sh"), ImageDefaultsMerge.commandLine(merged));
    }

    @Test
    void requestEnvWinsAndImageEnvFillsTheRest() {
        var merged = ImageDefaultsMerge.merge(request(null, null, List.of("MODE=request", "EXTRA=1")), IMAGE);
        assertEquals(List.of("MODE=request", "EXTRA=1", "PATH=/bin"), merged.env());
    }

    @Test
    void labelsAndPortsAreUnited() {
        var merged = ImageDefaultsMerge.merge(request(null, null, List.of()), IMAGE);
        assertEquals(Map.of("from", "request", "keep", "yes"), merged.labels());
        assertEquals(Set.of("80/tcp", "443/tcp"), merged.exposedPorts());
    }

    @Test
    void noCommandAtAllIsRefused() {
        var merged = ImageDefaultsMerge.merge(request(null, null, List.of()), ContainerDefaults.EMPTY);
        var e = assertThrows(InvalidParameter.class, () -> ImageDefaultsMerge.commandLine(merged));
        assertEquals("No command specified", e.getMessage());
    }
}
