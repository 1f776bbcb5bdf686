package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.volume.VolumeMount;

import java.util.Arrays;
import java.util.List;

/**
 * A filesystem mounted into a container: a host directory (bind), a tmpfs or a volume. {@code options} are extra
 * mount options ({@code size=1m} for a tmpfs). A volume's {@code source} is its host path once the volume exists
 * (empty before); {@code volume} is null for other types.
 */
public record MountPoint(Type type, String source, String destination, boolean readOnly, List<String> options,
                         VolumeMount volume) {

    public enum Type {
        BIND("bind"),
        TMPFS("tmpfs"),
        VOLUME("volume");

        private final String apiName;

        Type(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public MountPoint {
        if (destination == null || !destination.startsWith("/")) {
            throw new InvalidParameter("invalid mount config: mount path must be absolute: " + destination);
        }
        if (type == Type.BIND && (source == null || !source.startsWith("/"))) {
            throw new InvalidParameter("invalid mount config for type \"bind\": source path must be absolute");
        }
        if (type == Type.VOLUME && volume == null) {
            throw new InvalidParameter("invalid mount config for type \"volume\": no volume given");
        }
        source = source == null ? "" : source;
        options = List.copyOf(options);
    }

    public MountPoint(Type type, String source, String destination, boolean readOnly, List<String> options) {
        this(type, source, destination, readOnly, options, null);
    }

    /** A volume mount not resolved yet: its volume is created or found at container create. */
    public static MountPoint volume(VolumeMount volume, String destination, boolean readOnly) {
        return new MountPoint(Type.VOLUME, "", destination, readOnly, List.of(), volume);
    }

    /** The same mount with its volume resolved: {@code hostPath} is where the volume lives. */
    public MountPoint resolvedTo(VolumeMount resolved, String hostPath) {
        return new MountPoint(type, hostPath, destination, readOnly, options, resolved);
    }

    /** The same mount, read-only when {@code forceReadOnly} ({@code --volumes-from NAME:ro}). */
    public MountPoint readOnlyIf(boolean forceReadOnly) {
        return new MountPoint(type, source, destination, readOnly || forceReadOnly, options, volume);
    }

    /** {@code -v SRC:DST[:ro|rw|nocopy]}: a host directory; a name instead of a path is a named volume. */
    public static MountPoint parseBind(String spec) {
        String[] parts = spec.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidParameter("invalid volume specification: '" + spec + "'");
        }
        boolean named = !parts[0].startsWith("/");
        List<String> modes = parts.length == 3 ? Arrays.asList(parts[2].split(",")) : List.of();
        for (String mode : modes) {
            if (!List.of("ro", "rw", "z", "Z", "private", "rprivate", "shared", "rshared", "slave", "rslave")
                    .contains(mode) && !(named && mode.equals("nocopy"))) {
                throw new InvalidParameter("invalid mode: " + mode);
            }
        }
        if (named) {
            return volume(VolumeMount.named(parts[0], modes.contains("nocopy")), parts[1], modes.contains("ro"));
        }
        return new MountPoint(Type.BIND, parts[0], parts[1], modes.contains("ro"), List.of());
    }

    /** {@code --tmpfs DST[:OPTIONS]}; {@code ro} among the options makes it read-only. */
    public static MountPoint tmpfs(String destination, String options) {
        List<String> opts = options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split(","));
        return new MountPoint(Type.TMPFS, "tmpfs", destination, opts.contains("ro"),
                opts.stream().filter(o -> !o.equals("ro") && !o.equals("rw")).toList());
    }
}
