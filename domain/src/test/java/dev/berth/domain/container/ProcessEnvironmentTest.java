package dev.berth.domain.container;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcessEnvironmentTest {

    private static ContainerConfig config(boolean tty, List<String> env) {
        return new ContainerConfig("img", "h", "", "", env, null, List.of("sh"), "", Map.of(), Set.of(), tty, false,
                false, false, true, true, null, null);
    }

    @Test
    void startsWithDockersDefaultsAndLetsTheConfigOverrideThem() {
        var env = ProcessEnvironment.of(config(false, List.of("PATH=/custom", "A=1")), "web");
        assertEquals(List.of("PATH=/custom", "HOSTNAME=web", "A=1"), env);
    }

    @Test
    void aBareNameUnsetsTheVariable() {
        var env = ProcessEnvironment.of(config(false, List.of("UNSET_ON_CLIENT", "HOSTNAME")), "web");
        assertEquals(List.of("PATH=" + ProcessEnvironment.DEFAULT_PATH), env);
    }

    @Test
    void aTtyGetsTerm() {
        var env = ProcessEnvironment.of(config(true, List.of()), "web");
        assertEquals(List.of("PATH=" + ProcessEnvironment.DEFAULT_PATH, "HOSTNAME=web", "TERM=xterm"), env);
    }
}
