package dev.berth.application.container;

import dev.berth.application.volume.VolumeService;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeMount;
import dev.berth.domain.volume.VolumeName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A container's volumes: resolved at create (named ones found or created, anonymous ones created for {@code -v
 * /path} and image VOLUMEs, {@code --volumes-from} copied), referenced while the container exists, mounted by their
 * drivers while it runs, and anonymous ones removed with it on {@code rm -v} and {@code --rm}.
 */
public final class ContainerVolumes {

    private static final Logger LOG = Logger.getLogger(ContainerVolumes.class.getName());

    private final VolumeService volumes;

    public ContainerVolumes(VolumeService volumes) {
        this.volumes = volumes;
    }

    /**
     * The host config with every volume mount resolved. Precedence by destination, as in dockerd: the container's
     * own mounts, then those of {@code --volumes-from}, then the declared paths ({@code Config.Volumes} and the
     * image's VOLUMEs), which become anonymous volumes.
     */
    public HostConfig attach(ContainerId id, HostConfig host, Set<String> declared,
                             Function<String, Container> containers) {
        Map<String, MountPoint> byDestination = new LinkedHashMap<>();
        host.mounts().forEach(m -> byDestination.putIfAbsent(m.destination(), m));
        for (String source : host.volumesFrom()) {
            volumesFrom(source, containers).forEach(m -> byDestination.putIfAbsent(m.destination(), m));
        }
        declared.stream().sorted().forEach(path -> byDestination.putIfAbsent(path,
                MountPoint.volume(new VolumeMount("", null, null, null, false), path, false)));
        List<MountPoint> resolved = new ArrayList<>();
        try {
            for (MountPoint mount : byDestination.values()) {
                resolved.add(mount.type() == MountPoint.Type.VOLUME ? acquire(id, mount) : mount);
            }
        } catch (RuntimeException e) {
            release(id, resolved, true);
            throw e;
        }
        return host.withMounts(resolved);
    }

    /** The mounts to give the runtime: each volume mounted by its driver, at the path the driver answers. */
    public List<MountPoint> mount(ContainerId id, List<MountPoint> mounts) {
        List<MountPoint> ready = new ArrayList<>();
        try {
            for (MountPoint mount : mounts) {
                ready.add(mount.type() != MountPoint.Type.VOLUME ? mount : mount.resolvedTo(mount.volume(),
                        volumes.mount(name(mount), mount.volume().driver(), id).toString()));
            }
        } catch (RuntimeException e) {
            unmount(id, ready);
            throw e;
        }
        return ready;
    }

    /** Releases the container's mounts; a failure is logged, as the container has stopped either way. */
    public void unmount(ContainerId id, List<MountPoint> mounts) {
        for (MountPoint mount : volumeMounts(mounts)) {
            try {
                volumes.unmount(name(mount), mount.volume().driver(), id);
            } catch (BerthException e) {
                LOG.log(Level.WARNING, "could not unmount volume " + mount.volume().name() + " of " + id, e);
            }
        }
    }

    /** Drops the container's references; with {@code removeAnonymous}, its anonymous volumes go too. */
    public void release(ContainerId id, List<MountPoint> mounts, boolean removeAnonymous) {
        for (MountPoint mount : volumeMounts(mounts)) {
            try {
                volumes.release(name(mount), id, removeAnonymous);
            } catch (BerthException e) {
                LOG.log(Level.WARNING, "could not release volume " + mount.volume().name() + " of " + id, e);
            }
        }
    }

    /** At start-up: the references of a stored container, and the mounts of one still running. */
    public void recover(Container container) {
        List<MountPoint> mounts = container.hostConfig().mounts();
        volumeMounts(mounts).forEach(m -> volumes.reference(name(m), container.id()));
        if (container.state().isRunning()) {
            mount(container.id(), mounts);
        }
    }

    private MountPoint acquire(ContainerId id, MountPoint mount) {
        Volume volume = volumes.acquire(mount.volume(), id);
        return mount.resolvedTo(mount.volume().withName(volume.name().value()).withDriver(volume.driver()),
                volume.mountpoint().toString());
    }

    /** {@code NAME[:ro|:rw]}: the other container's volumes and binds (not its tmpfs), read-only with {@code :ro}. */
    private static List<MountPoint> volumesFrom(String spec, Function<String, Container> containers) {
        String[] parts = spec.split(":");
        if (parts.length > 2 || (parts.length == 2 && !List.of("ro", "rw").contains(parts[1]))) {
            throw new InvalidParameter("invalid mode for volumes-from: " + spec);
        }
        boolean readOnly = parts.length == 2 && parts[1].equals("ro");
        return containers.apply(parts[0]).hostConfig().mounts().stream()
                .filter(m -> m.type() != MountPoint.Type.TMPFS)
                .map(m -> m.readOnlyIf(readOnly))
                .toList();
    }

    private static List<MountPoint> volumeMounts(List<MountPoint> mounts) {
        return mounts.stream().filter(m -> m.type() == MountPoint.Type.VOLUME && !m.volume().anonymous()).toList();
    }

    private static VolumeName name(MountPoint mount) {
        return new VolumeName(mount.volume().name());
    }
}
