package dev.berth.adapters.rest.exec;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.exec.ExecConfig;
import dev.berth.application.exec.ExecInstance;

import java.util.List;

/** {@code GET /exec/{id}/json}; {@code ExitCode} is null until the exec ended, as in dockerd. */
public record ExecInspectJson(
        @JsonProperty("ID") String id,
        @JsonProperty("Running") boolean running,
        @JsonProperty("ExitCode") Integer exitCode,
        @JsonProperty("ProcessConfig") ProcessConfigJson processConfig,
        @JsonProperty("OpenStdin") boolean openStdin,
        @JsonProperty("OpenStderr") boolean openStderr,
        @JsonProperty("OpenStdout") boolean openStdout,
        @JsonProperty("CanRemove") boolean canRemove,
        @JsonProperty("ContainerID") String containerId,
        @JsonProperty("DetachKeys") String detachKeys,
        @JsonProperty("Pid") long pid) {

    public record ProcessConfigJson(
            @JsonProperty("privileged") boolean privileged,
            @JsonProperty("user") String user,
            @JsonProperty("tty") boolean tty,
            @JsonProperty("entrypoint") String entrypoint,
            @JsonProperty("arguments") List<String> arguments) {
    }

    static ExecInspectJson from(ExecInstance exec) {
        ExecConfig c = exec.config();
        var process = new ProcessConfigJson(c.privileged(), c.user(), c.tty(), c.cmd().getFirst(),
                c.cmd().subList(1, c.cmd().size()));
        return new ExecInspectJson(exec.id().value(), exec.running(),
                exec.status() == ExecInstance.Status.EXITED ? exec.exitCode() : null, process, c.attachStdin(),
                c.attachStderr(), c.attachStdout(), false, exec.container().value(), c.detachKeys(), exec.pid());
    }
}
