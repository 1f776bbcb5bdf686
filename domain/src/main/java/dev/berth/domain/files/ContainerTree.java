package dev.berth.domain.files;

import java.nio.file.Path;
import java.util.List;

/**
 * A container's file tree as the host sees it ({@code container} names it in messages): its root filesystem at {@code rootfs} and the host directories
 * mounted into it (binds and volumes), so that a path inside a volume is the volume's data.
 */
public record ContainerTree(String container, Path rootfs, List<TreeMount> mounts) {

    public ContainerTree {
        mounts = List.copyOf(mounts);
    }

    /** A host directory (or file) seen at {@code destination} inside the container. */
    public record TreeMount(String destination, Path source, boolean readOnly) {
    }
}
