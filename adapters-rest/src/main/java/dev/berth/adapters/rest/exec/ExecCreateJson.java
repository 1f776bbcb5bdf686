package dev.berth.adapters.rest.exec;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.exec.ExecConfig;

import java.util.List;

/** The body of {@code POST /containers/{id}/exec} (dockerd's ExecConfig). */
public record ExecCreateJson(
        @JsonProperty("AttachStdin") boolean attachStdin,
        @JsonProperty("AttachStdout") boolean attachStdout,
        @JsonProperty("AttachStderr") boolean attachStderr,
        @JsonProperty("Tty") boolean tty,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("User") String user,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("Privileged") boolean privileged,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("DetachKeys") String detachKeys,
        @JsonProperty("ConsoleSize") List<Integer> consoleSize) {

    /** {@code ConsoleSize} is {@code [height, width]}. */
    ExecConfig toConfig() {
        boolean sized = consoleSize != null && consoleSize.size() == 2;
        return new ExecConfig(attachStdin, attachStdout, attachStderr, tty, env, user, workingDir, privileged, cmd,
                detachKeys, sized ? consoleSize.get(0) : 0, sized ? consoleSize.get(1) : 0);
    }
}
