package dev.berth.domain.volume;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A volume driver (the {@code local} one, or a plugin bridged to this port). Mounts are counted per mount id (a
 * container): the volume is made available on the first and released on the last.
 */
public interface VolumeDriver {

    /** The name clients pass as {@code --driver}. */
    String name();

    /** {@code local} or {@code global}. */
    String scope();

    /** InvalidParameter for options the driver does not take; an existing volume is returned as it is. */
    Volume create(VolumeName name, Map<String, String> options);

    Optional<Volume> get(VolumeName name);

    List<Volume> list();

    /** Deletes the volume and its data; Conflict while it is mounted. */
    void remove(VolumeName name);

    /** Makes the volume available for {@code mountId} and returns the host path to bind into a container. */
    Path mount(VolumeName name, String mountId);

    /** Releases {@code mountId}'s mount; an unknown mount id is not an error. */
    void unmount(VolumeName name, String mountId);

    /** The bytes the volume's data takes, when the driver can tell (dockerd asks only its local driver). */
    default OptionalLong usage(VolumeName name) {
        return OptionalLong.empty();
    }
}
