package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;

import java.nio.file.Path;
import java.util.Optional;

/** The files the adapter keeps under {@code <execRoot>/runc/}: one bundle per container, plus shared directories. */
record BundleLayout(Path root) {

    static BundleLayout under(Path execRoot) {
        return new BundleLayout(execRoot.resolve("runc"));
    }

    /** Where conmon writes {@code <id>} holding the exit code. */
    Path exitsDir() {
        return root.resolve("exits");
    }

    Path socketsDir() {
        return root.resolve("sockets");
    }

    /** runc's own state ({@code --root}), apart from any other runc user on the host. */
    Path runcState() {
        return root.resolve("state");
    }

    Path bundle(ContainerId id) {
        return root.resolve(id.value());
    }

    Path rootfs(ContainerId id) {
        return bundle(id).resolve("rootfs");
    }

    /** Where a stopped container's rootfs is mounted for a moment (docker cp, export); not a bundle name. */
    Path filesMount(ContainerId id, long serial) {
        return root.resolve("files").resolve(id.value() + "-" + serial);
    }

    Path configJson(ContainerId id) {
        return bundle(id).resolve("config.json");
    }

    Path pidFile(ContainerId id) {
        return bundle(id).resolve("pidfile");
    }

    Path conmonPidFile(ContainerId id) {
        return bundle(id).resolve("conmon.pid");
    }

    Path persistDir(ContainerId id) {
        return bundle(id).resolve("persist");
    }

    Path runcLog(ContainerId id) {
        return bundle(id).resolve("runc.log");
    }

    /** The process spec, pid file and runc log of each exec running in the container. */
    Path execDir(ContainerId id) {
        return bundle(id).resolve("exec");
    }

    /** conmon's control FIFO in the bundle: {@code "1 ROWS COLS\n"} resizes the container's pty. */
    Path controlFifo(ContainerId id) {
        return bundle(id).resolve("ctl");
    }

    Path exitFile(ContainerId id) {
        return exitsDir().resolve(id.value());
    }

    Path socketLink(ContainerId id) {
        return socketsDir().resolve(id.value());
    }

    /** conmon's attach socket, reached through its short link under the sockets directory. */
    Path attachSocket(ContainerId id) {
        return socketLink(id).resolve("attach");
    }

    /** The container an exit file names, if the name is one (conmon's temp files are not). */
    static Optional<ContainerId> idOf(Path exitFile) {
        String name = exitFile.getFileName().toString();
        return name.matches("[0-9a-f]{64}") ? Optional.of(new ContainerId(name)) : Optional.empty();
    }
}
