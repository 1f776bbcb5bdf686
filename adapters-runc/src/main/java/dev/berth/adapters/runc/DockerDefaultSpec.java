package dev.berth.adapters.runc;

import dev.berth.domain.container.MountPoint;
import dev.berth.domain.runtime.NetworkSpec;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.SecurityOptions;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.runtime.RuntimeSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@code config.json} dockerd writes by default (moby's {@code oci/defaults.go} and
 * {@code daemon/oci_linux.go}): its namespaces, capabilities, mounts, masked paths, device rules and seccomp
 * profile, with the container's limits, rlimits and privileges.
 */
final class DockerDefaultSpec {

    private static final List<String> MASKED_PATHS = List.of("/proc/asound", "/proc/acpi", "/proc/kcore",
            "/proc/keys", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug",
            "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap");

    private static final List<String> READONLY_PATHS = List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys",
            "/proc/sysrq-trigger");

    /** dockerd's open-files limit for containers. */
    static final long NOFILE = 1_048_576;

    private final String cgroupParent;
    private final boolean cgroupV2;
    private final long nofile;
    private final SeccompProfile seccomp;
    private final List<String> grantable;

    /**
     * @param cgroupV2        whether the host runs the unified hierarchy only (then dockerd gives a private cgroup ns)
     * @param nofileHardLimit the daemon's own hard limit: without CAP_SYS_RESOURCE runc cannot set a higher one
     */
    /** @param grantable the capabilities the daemon holds: the others cannot be given to a container */
    DockerDefaultSpec(String cgroupParent, boolean cgroupV2, long nofileHardLimit, SeccompProfile seccomp,
                      List<String> grantable) {
        this.grantable = grantable;
        this.cgroupParent = cgroupParent;
        this.cgroupV2 = cgroupV2;
        this.nofile = Math.min(NOFILE, nofileHardLimit);
        this.seccomp = seccomp;
    }

    /** The spec for {@code spec}'s process as {@code user}, with the bundle's etc files bind-mounted. */
    OciSpec build(RuntimeSpec spec, ContainerUser user, EtcFiles etcFiles) {
        SecurityOptions security = spec.security();
        List<String> capabilities = security.capabilities().stream().filter(grantable::contains).toList();
        TerminalSize consoleSize = spec.process().consoleSize();
        var process = new OciSpec.Process(
                spec.process().terminal(),
                // As dockerd: runc sizes the pty before the process runs, so its first look sees the client's size.
                spec.process().terminal() && consoleSize.isSet()
                        ? new OciSpec.ConsoleSize(consoleSize.height(), consoleSize.width()) : null,
                new OciSpec.User(user.uid(), user.gid(), user.additionalGids()),
                spec.process().args(),
                user.withHome(spec.process().env()),
                spec.process().cwd(),
                new OciSpec.Capabilities(capabilities, capabilities, capabilities),
                rlimits(spec.resources().ulimits()),
                security.noNewPrivileges());
        boolean privileged = security.privileged();
        var linux = new OciSpec.Linux(
                CgroupResources.of(spec.resources(), privileged ? ALL_DEVICES : deviceRules()),
                "/" + cgroupParent + "/" + spec.id().value(),
                namespaces(spec.network()),
                privileged ? List.of() : MASKED_PATHS,
                privileged ? List.of() : READONLY_PATHS,
                security.seccompConfined() ? seccomp.forCapabilities(capabilities) : null);
        List<OciSpec.Mount> mounts = mounts(etcFiles, privileged);
        spec.mounts().forEach(m -> mounts.add(mount(m)));
        return new OciSpec("1.0.2", process, new OciSpec.Root("rootfs", spec.readonlyRootfs()), spec.hostname(),
                mounts, spec.annotations(), linux);
    }

    /**
     * A private network namespace without a path is new and empty (runc brings up lo itself); one with a path is
     * joined; the host's is kept by leaving the type out.
     */
    private List<OciSpec.Namespace> namespaces(NetworkSpec network) {
        List<OciSpec.Namespace> namespaces = new ArrayList<>(Stream.of("pid", "ipc", "uts", "mount")
                .map(OciSpec.Namespace::new).toList());
        switch (network.mode()) {
            case PRIVATE -> namespaces.add(new OciSpec.Namespace("network"));
            case JOIN -> namespaces.add(new OciSpec.Namespace("network", network.namespace().toString()));
            case HOST -> { }
        }
        if (cgroupV2) {
            namespaces.add(new OciSpec.Namespace("cgroup"));
        }
        return namespaces;
    }

    /** dockerd's open-files limit, then the client's {@code --ulimit}s (which may replace it). */
    private List<OciSpec.Rlimit> rlimits(List<Resources.Ulimit> ulimits) {
        Map<String, OciSpec.Rlimit> byType = new LinkedHashMap<>();
        byType.put("RLIMIT_NOFILE", new OciSpec.Rlimit("RLIMIT_NOFILE", nofile, nofile));
        for (Resources.Ulimit u : ulimits) {
            String type = "RLIMIT_" + u.name().toUpperCase(Locale.ROOT);
            byType.put(type, new OciSpec.Rlimit(type, u.hard(), u.soft()));
        }
        return List.copyOf(byType.values());
    }

    /** A privileged container may write /sys and its cgroups. */
    private static List<OciSpec.Mount> mounts(EtcFiles etcFiles, boolean privileged) {
        String sysAccess = privileged ? "rw" : "ro";
        List<OciSpec.Mount> mounts = new ArrayList<>(List.of(
                new OciSpec.Mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
                new OciSpec.Mount("/dev", "tmpfs", "tmpfs",
                        List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
                new OciSpec.Mount("/dev/pts", "devpts", "devpts",
                        List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")),
                new OciSpec.Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", sysAccess)),
                new OciSpec.Mount("/sys/fs/cgroup", "cgroup", "cgroup",
                        List.of(sysAccess, "nosuid", "noexec", "nodev")),
                new OciSpec.Mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")),
                new OciSpec.Mount("/dev/shm", "tmpfs", "shm",
                        List.of("nosuid", "noexec", "nodev", "mode=1777", "size=67108864"))));
        mounts.add(bind("/etc/resolv.conf", etcFiles.resolvConf()));
        mounts.add(bind("/etc/hostname", etcFiles.hostname()));
        mounts.add(bind("/etc/hosts", etcFiles.hosts()));
        return mounts;
    }

    /** A bind or tmpfs the client asked for, with dockerd's default options (a tmpfs is noexec, nosuid, nodev). */
    private static OciSpec.Mount mount(MountPoint m) {
        String access = m.readOnly() ? "ro" : "rw";
        return switch (m.type()) {
            case BIND, VOLUME -> new OciSpec.Mount(m.destination(), "bind", m.source(), List.of("rbind", access, "rprivate"));
            case TMPFS -> {
                List<String> options = new ArrayList<>(List.of("noexec", "nosuid", "nodev", access));
                options.addAll(m.options());
                yield new OciSpec.Mount(m.destination(), "tmpfs", "tmpfs", options);
            }
        };
    }

    private static OciSpec.Mount bind(String destination, Path source) {
        return new OciSpec.Mount(destination, "bind", source.toString(), List.of("rbind", "rprivate"));
    }

    private static final List<OciSpec.DeviceRule> ALL_DEVICES =
            List.of(new OciSpec.DeviceRule(true, null, null, null, "rwm"));

    /** Deny everything, then allow what dockerd allows an unprivileged container. */
    private static List<OciSpec.DeviceRule> deviceRules() {
        return List.of(
                new OciSpec.DeviceRule(false, null, null, null, "rwm"),
                new OciSpec.DeviceRule(true, "c", null, null, "m"),
                new OciSpec.DeviceRule(true, "b", null, null, "m"),
                charDevice(1, 3L),   // null
                charDevice(1, 8L),   // random
                charDevice(1, 7L),   // full
                charDevice(5, 0L),   // tty
                charDevice(1, 5L),   // zero
                charDevice(1, 9L),   // urandom
                charDevice(136, null), // pts
                charDevice(5, 2L),   // ptmx
                charDevice(10, 200L)); // tun
    }

    private static OciSpec.DeviceRule charDevice(long major, Long minor) {
        return new OciSpec.DeviceRule(true, "c", major, minor, "rwm");
    }
}
