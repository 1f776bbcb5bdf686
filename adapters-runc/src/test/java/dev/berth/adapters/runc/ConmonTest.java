package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.ProcessSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConmonTest {

    @TempDir
    Path execRoot;

    private final ContainerId id = ContainerId.random();

    private Conmon conmon() {
        BundleLayout layout = BundleLayout.under(execRoot);
        RuncCli runc = new RuncCli(Path.of("/usr/sbin/runc"), layout.runcState(), layout.root());
        return new Conmon(Path.of("/usr/bin/conmon"), runc, layout, new ObjectMapper());
    }

    private String command(boolean terminal, boolean stdin) {
        return command(terminal, stdin, false);
    }

    private String command(boolean terminal, boolean stdin, boolean stdinOnce) {
        ProcessSpec process = new ProcessSpec(List.of("sh"), List.of(), "/", "", terminal, stdin, stdinOnce);
        return String.join(" ", conmon().command(id, process, Path.of("/logs/c.log")));
    }

    @Test
    void passesTheBundleExitDirLogAndPersistDir() {
        String bundle = execRoot.resolve("runc").resolve(id.value()).toString();
        String command = command(false, false);

        assertTrue(command.startsWith("/usr/bin/conmon --api-version 1 -c " + id + " -u " + id + " -n " + id
                + " -r /usr/sbin/runc -b " + bundle + " -p " + bundle + "/pidfile"), command);
        assertTrue(command.contains(" --exit-dir " + execRoot.resolve("runc/exits")), command);
        assertTrue(command.contains(" -l k8s-file:/logs/c.log "), command);
        assertTrue(command.contains(" -0 " + bundle + "/persist"), command);
        assertTrue(command.contains("--runtime-arg --log --runtime-arg " + bundle + "/runc.log"), command);
        assertTrue(command.contains("--runtime-arg --root --runtime-arg " + execRoot.resolve("runc/state")), command);
        assertFalse(command.contains(" -t") || command.contains(" -i"), command);
    }

    @Test
    void asksForATerminalAndStdinOnlyWhenTheProcessWantsThem() {
        assertTrue(command(true, false).endsWith(" -t"));
        assertTrue(command(false, true, true).endsWith(" -i"));
    }

    @Test
    void leavesStdinOpenForTheNextClientUnlessStdinOnce() {
        assertTrue(command(false, true, false).endsWith(" -i --leave-stdin-open"));
        assertFalse(command(false, true, true).contains("--leave-stdin-open"));
    }

    @Test
    void aTerminalsInputOutlivesEachClientEvenWithStdinOnce() {
        assertTrue(command(true, true, true).endsWith(" -t -i --leave-stdin-open"));
    }

    @Test
    void runcsLastLoggedErrorIsTheReason() throws IOException {
        Path log = execRoot.resolve("runc").resolve(id.value()).resolve("runc.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, """
                {"level":"warning","msg":"something minor","time":"2026-11-24T10:01:02Z"}
                {"level":"error","msg":"runc create failed: exec: \\"x\\": executable file not found in $PATH","time":"2026-11-24T10:01:02Z"}
                """);

        assertEquals(Optional.of("runc create failed: exec: \"x\": executable file not found in $PATH"),
                conmon().runcError(id));
    }
}
