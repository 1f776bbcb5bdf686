package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.files.RootfsAccess;
import dev.berth.domain.storage.Mount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The rootfs runc's bundle mounts while the container runs (the host sees the same overlay as the container); else
 * the snapshot's mounts on a private directory of their own, detached afterwards.
 */
public final class RuncRootfs implements RootfsAccess {

    private final BundleLayout layout;
    private final KernelMounts kernel = new KernelMounts();
    private final AtomicLong serial = new AtomicLong();

    public RuncRootfs(Path execRoot) {
        this.layout = BundleLayout.under(execRoot);
    }

    @Override
    public <T> T withRootfs(ContainerId id, List<Mount> mounts, Function<Path, T> work) {
        Path running = layout.rootfs(id);
        if (KernelMounts.isMountPoint(running)) {
            return work.apply(running);
        }
        Path target = layout.filesMount(id, serial.incrementAndGet());
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new SystemFault("cannot create " + target + ": " + e.getMessage(), e);
        }
        try {
            for (Mount mount : mounts) {
                kernel.mount(mount, target);
            }
            return work.apply(target);
        } finally {
            kernel.detachAll(target);
            try {
                if (!KernelMounts.isMountPoint(target)) {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                throw new SystemFault("cannot remove " + target + ": " + e.getMessage(), e);
            }
        }
    }
}
