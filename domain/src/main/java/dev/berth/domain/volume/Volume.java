package dev.berth.domain.volume;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A volume as inspect shows it: where its driver keeps it on the host ({@code mountpoint}), the options it was
 * created with and the labels the volume service keeps beside it.
 */
public record Volume(VolumeName name, String driver, Path mountpoint, Map<String, String> labels,
                     Map<String, String> options, String scope, Instant createdAt) {

    /** dockerd marks the volumes it creates for {@code -v /path} and image VOLUMEs with this label. */
    public static final String ANONYMOUS_LABEL = "com.docker.volume.anonymous";

    public Volume {
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
    }

    public Volume withLabels(Map<String, String> newLabels) {
        return new Volume(name, driver, mountpoint, newLabels, options, scope, createdAt);
    }

    public boolean anonymous() {
        return labels.containsKey(ANONYMOUS_LABEL);
    }
}
