package dev.berth.domain.runtime;

import dev.berth.domain.container.TerminalSize;

import java.util.List;

/**
 * The process a container runs. {@code user} is as the client gave it ({@code uid}, {@code uid:gid},
 * {@code name}, {@code name:group}); the runtime resolves names against the container's /etc/passwd and /etc/group.
 * {@code stdin} keeps the process's standard input open for attaching clients ({@code docker run -i});
 * {@code stdinOnce} closes it when the first attached client's input ends ({@code StdinOnce}).
 * {@code consoleSize} is the size its terminal starts with ({@code UNSET}: the pty's 0x0).
 */
public record ProcessSpec(List<String> args, List<String> env, String cwd, String user, boolean terminal,
                          boolean stdin, boolean stdinOnce, TerminalSize consoleSize) {

    public ProcessSpec {
        consoleSize = consoleSize == null ? TerminalSize.UNSET : consoleSize;
        args = List.copyOf(args);
        env = List.copyOf(env);
        cwd = cwd == null || cwd.isEmpty() ? "/" : cwd;
        user = user == null ? "" : user;
    }

    /** A process whose terminal, if any, starts at the pty's own size. */
    public ProcessSpec(List<String> args, List<String> env, String cwd, String user, boolean terminal,
                       boolean stdin, boolean stdinOnce) {
        this(args, env, cwd, user, terminal, stdin, stdinOnce, TerminalSize.UNSET);
    }

    /** A process whose standard input, if open, stays open across attached clients. */
    public ProcessSpec(List<String> args, List<String> env, String cwd, String user, boolean terminal,
                       boolean stdin) {
        this(args, env, cwd, user, terminal, stdin, false);
    }

    /** A process without standard input. */
    public ProcessSpec(List<String> args, List<String> env, String cwd, String user, boolean terminal) {
        this(args, env, cwd, user, terminal, false, false);
    }
}
