package dev.berth.application.system;

import dev.berth.application.container.ContainerInspection;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerStatus;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Daemon-wide facts: {@code docker info} and {@code docker version}. */
public final class SystemService {

    private volatile DaemonSettings settings;
    private final ContainerInspection containers;
    private final ImageCounter images;

    public SystemService(DaemonSettings settings, ContainerInspection containers, ImageCounter images) {
        this.settings = settings;
        this.containers = containers;
        this.images = images;
    }

    public DaemonSettings settings() {
        return settings;
    }

    /** What {@code docker info} shows from now on, after a daemon reload. */
    public void reconfigure(ReloadableSettings reloaded) {
        settings = settings.reloaded(reloaded);
    }

    public SystemSummary summary() {
        DaemonSettings settings = this.settings;
        List<Container> all = containers.all();
        int running = count(all, ContainerStatus.RUNNING) + count(all, ContainerStatus.RESTARTING);
        int paused = count(all, ContainerStatus.PAUSED);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new SystemSummary(settings, all.size(), running, paused, all.size() - running - paused,
                images.count(), Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                System.getProperty("os.version"), architecture(),
                cgroupVersion());
    }

    /** The Go name of this machine's architecture, as Docker reports it. */
    public static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    /** Hosts with only cgroup v2 mount it at /sys/fs/cgroup itself. */
    private static String cgroupVersion() {
        return Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers")) ? "2" : "1";
    }

    private static int count(List<Container> all, ContainerStatus status) {
        return (int) all.stream().filter(c -> c.state().status() == status).count();
    }
}
