package dev.berth.domain.files;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.storage.Mount;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A container's root filesystem as a host directory: the running container's own mount, or, when it is not
 * running, its snapshot's {@code mounts} performed for the duration of {@code work}.
 */
public interface RootfsAccess {

    <T> T withRootfs(ContainerId id, List<Mount> mounts, Function<Path, T> work);
}
