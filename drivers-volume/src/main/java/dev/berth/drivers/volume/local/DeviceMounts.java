package dev.berth.drivers.volume.local;

import java.nio.file.Path;

/** Mounting the filesystem a local volume's options describe on its directory. */
interface DeviceMounts {

    void mount(LocalVolumeOptions options, Path target);

    void unmount(Path target);

    boolean isMounted(Path target);
}
