package dev.berth.domain.runtime;

import java.util.List;

/**
 * A process to run in a running container. {@code process} carries its command, complete environment (the
 * container's merged with the exec's), working directory, user (resolved by the runtime against the container's
 * /etc/passwd and /etc/group, as for the container's own process), terminal flag and whether stdin is piped
 * ({@code stdin}). Output streams not asked for ({@code stdout}, {@code stderr}) are discarded.
 */
public record ExecSpec(ProcessSpec process, boolean privileged, boolean stdout, boolean stderr) {

    /** A probe's shape: the command with the given environment, working directory and user, output kept. */
    public static ExecSpec command(List<String> args, List<String> env, String cwd, String user) {
        return new ExecSpec(new ProcessSpec(args, env, cwd, user, false), false, true, true);
    }
}
