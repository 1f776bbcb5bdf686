package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.TerminalSize;

import java.io.OutputStream;

/**
 * Runs container processes (runc, crun, containerd). A process is watched by a monitor that outlives the daemon,
 * so its exit status is known even when it ends while the daemon is down.
 */
public interface ContainerRuntime {

    /** The runtime's name as {@code docker info} shows it ({@code runc}). */
    String name();

    /**
     * Mounts the rootfs, writes the bundle and starts the process; returns its pid. A process that cannot be
     * started (missing executable, permission denied) is an InvalidParameter carrying the runtime's message.
     */
    int start(RuntimeSpec spec);

    /** Sends a signal to the container's first process; Conflict when it is not running. */
    void signal(ContainerId id, int signal);

    /** Freezes every process of the container (the cgroup freezer). */
    void pause(ContainerId id);

    /** Thaws a paused container. */
    void resume(ContainerId id);

    RuntimeState state(ContainerId id);

    /** Forgets a stopped container: removes its runtime state, unmounts its rootfs and removes its bundle. */
    void delete(ContainerId id);

    /**
     * Connects one client to the standard input of a running container started with {@code stdin}; closing the
     * stream ends that client's input, and the process's stdin too when it was started with {@code stdinOnce}.
     */
    OutputStream openStdin(ContainerId id);

    /**
     * Sets the terminal size of a running container started with a terminal (one without ignores it); Conflict
     * when it is not running.
     */
    void resize(ContainerId id, TerminalSize size);

    /** Changes the cgroup limits of a running container ({@code runc update}). */
    void update(ContainerId id, Resources resources);

    /** Registers the listener told of every exit from now on. */
    void onExit(ExitListener listener);
}
