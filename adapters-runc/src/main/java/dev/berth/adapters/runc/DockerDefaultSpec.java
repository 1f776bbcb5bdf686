package dev.berth.adapters.runc;

import dev.berth.domain.container.MountPoint;
import dev.berth.domain.runtime.NetworkSpec;
import dev.berth.domain.runtime.RuntimeSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the {@code config.json} dockerd writes by default (moby's {@code oci/defaults.go} and
 * {@code daemon/oci_linux.go}): its namespaces, capabilities, mounts, masked paths and device rules.
 */
final class DockerDefaultSpec {

    static final List<String> CAPABILITIES = Stream.of("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD",
            "NET_RAW", "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL",
            "AUDIT_WRITE").map(name -> "CAP_" + name).toList();

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

    /**
     * @param cgroupV2        whether the host runs the unified hierarchy only (then dockerd gives a private cgroup ns)
     * @param nofileHardLimit the daemon's own hard limit: without CAP_SYS_RESOURCE runc cannot set a higher one
     */
    DockerDefaultSpec(String cgroupParent, boolean cgroupV2, long nofileHardLimit) {
        this.cgroupParent = cgroupParent;
        this.cgroupV2 = cgroupV2;
        this.nofile = Math.min(NOFILE, nofileHardLimit);
    }

    /** The spec for {@code spec}'s process as {@code user}, with the bundle's etc files bind-mounted. */
    OciSpec build(RuntimeSpec spec, ContainerUser user, EtcFiles etcFiles) {
        var process = new OciSpec.Process(
                spec.process().terminal(),
                new OciSpec.User(user.uid(), user.gid(), user.additionalGids()),
                spec.process().args(),
                user.withHome(spec.process().env()),
                spec.process().cwd(),
                new OciSpec.Capabilities(CAPABILITIES, CAPABILITIES, CAPABILITIES),
                List.of(new OciSpec.Rlimit("RLIMIT_NOFILE", nofile, nofile)),
                false);
        var linux = new OciSpec.Linux(
                new OciSpec.Resources(deviceRules()),
                "/" + cgroupParent + "/" + spec.id().value(),
                namespaces(spec.network()),
                MASKED_PATHS,
                READONLY_PATHS);
        List<OciSpec.Mount> mounts = mounts(etcFiles);
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

    private static List<OciSpec.Mount> mounts(EtcFiles etcFiles) {
        List<OciSpec.Mount> mounts = new ArrayList<>(List.of(
                new OciSpec.Mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
                new OciSpec.Mount("/dev", "tmpfs", "tmpfs",
                        List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
                new OciSpec.Mount("/dev/pts", "devpts", "devpts",
                        List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")),
                new OciSpec.Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")),
                new OciSpec.Mount("/sys/fs/cgroup", "cgroup", "cgroup", List.of("ro", "nosuid", "noexec", "nodev")),
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
