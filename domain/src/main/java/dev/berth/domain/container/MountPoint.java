package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;

import java.util.Arrays;
import java.util.List;

/**
 * A filesystem mounted into a container: a host directory (bind) or a tmpfs. {@code options} are extra mount
 * options ({@code size=1m} for a tmpfs).
 */
public record MountPoint(Type type, String source, String destination, boolean readOnly, List<String> options) {

    public enum Type {
        BIND("bind"),
        TMPFS("tmpfs");

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
        options = List.copyOf(options);
    }

    /** {@code -v SRC:DST[:ro|rw]}: a host directory; a name instead of a path is a named volume. */
    public static MountPoint parseBind(String spec) {
        String[] parts = spec.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidParameter("invalid volume specification: '" + spec + "'");
        }
        if (!parts[0].startsWith("/")) {
            throw new NotImplemented("named volumes are not supported yet: '" + spec + "'");
        }
        List<String> modes = parts.length == 3 ? Arrays.asList(parts[2].split(",")) : List.of();
        for (String mode : modes) {
            if (!List.of("ro", "rw", "z", "Z", "private", "rprivate", "shared", "rshared", "slave", "rslave")
                    .contains(mode)) {
                throw new InvalidParameter("invalid mode: " + mode);
            }
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
