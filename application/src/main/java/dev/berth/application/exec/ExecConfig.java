package dev.berth.application.exec;

import java.util.List;

/**
 * What a client asks to run in a container ({@code POST /containers/{id}/exec}). Empty {@code user} and
 * {@code workingDir} mean the container's own; {@code consoleHeight}/{@code consoleWidth} are 0 when not given.
 */
public record ExecConfig(boolean attachStdin, boolean attachStdout, boolean attachStderr, boolean tty,
                         List<String> env, String user, String workingDir, boolean privileged, List<String> cmd,
                         String detachKeys, int consoleHeight, int consoleWidth) {

    public ExecConfig {
        env = env == null ? List.of() : List.copyOf(env);
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        user = user == null ? "" : user;
        workingDir = workingDir == null ? "" : workingDir;
        detachKeys = detachKeys == null ? "" : detachKeys;
    }

    /** A command with the container's user, working directory and environment, its output read. */
    public static ExecConfig command(List<String> cmd) {
        return new ExecConfig(false, true, true, false, List.of(), "", "", false, cmd, "", 0, 0);
    }

    /** How dockerd names the command in its events ({@code exec_create: sh -c true}). */
    String commandLine() {
        return String.join(" ", cmd);
    }
}
