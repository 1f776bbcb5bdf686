package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerTopServiceTest {

    private static final String HOST_PS = """
            UID PID PPID CMD
            root 1 0 /sbin/init
            root 4242 1 sleep 1234
            root 4243 4242 sh
            root 5000 1 other
            """;

    private final ContainerFixture fixture = new ContainerFixture();
    private final List<List<String>> asked = new ArrayList<>();
    private ContainerService containers;
    private ContainerId id;

    @BeforeEach
    void runABox() {
        containers = fixture.newService();
        id = containers.create(ContainerFixture.request("box", false, "sleep", "1234"));
        containers.start("box");
        fixture.runtime.children.put(id, List.of(4243));
    }

    private ContainerTopService top(boolean refusesQ) {
        return new ContainerTopService(containers, fixture.runtime, args -> {
            asked.add(args);
            if (refusesQ && args.contains("-q")) {
                throw new SystemFault("ps: error: conflicting format options");
            }
            return HOST_PS;
        });
    }

    @Test
    void asksPsForTheContainersPidsAndKeepsOnlyThem() {
        ContainerTop.ProcessList list = top(false).top("box", "");

        assertEquals(List.of(List.of("-ef", "-q", "4242,4243")), asked.stream()
                .map(a -> a.stream().map(s -> s.contains(",") ? sorted(s) : s).toList()).toList());
        assertEquals(List.of(List.of("root", "4242", "1", "sleep 1234"), List.of("root", "4243", "4242", "sh")),
                list.processes());
    }

    @Test
    void whenPsRefusesQItListsEverythingAndTheFilterDoesTheWork() {
        ContainerTop.ProcessList list = top(true).top("box", "f");

        assertEquals(List.of("f"), asked.getLast());
        assertEquals(List.of("4242", "4243"), list.processes().stream().map(p -> p.get(1)).toList());
    }

    @Test
    void badInputsHaveTheirKinds() {
        assertThrows(NotFound.class, () -> top(false).top("nope", ""));
        assertThrows(InvalidParameter.class, () -> top(false).top("box", "-o user=PID"));
        containers.create(ContainerFixture.request("idle", false));
        Conflict stopped = assertThrows(Conflict.class, () -> top(false).top("idle", ""));
        assertEquals("Container " + containers.find("idle").id() + " is not running", stopped.getMessage());
    }

    private static String sorted(String pids) {
        return String.join(",", java.util.Arrays.stream(pids.split(",")).sorted().toList());
    }
}
