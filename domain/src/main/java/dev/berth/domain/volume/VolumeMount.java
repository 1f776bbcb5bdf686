package dev.berth.domain.volume;

import java.util.Map;

/**
 * The volume side of a container's volume mount: the volume's name (empty before an anonymous one is created),
 * the driver and options to create it with, and whether the image's content is copied into it when it is empty.
 */
public record VolumeMount(String name, String driver, Map<String, String> driverOptions, Map<String, String> labels,
                          boolean noCopy) {

    public static final String DEFAULT_DRIVER = "local";

    public VolumeMount {
        name = name == null ? "" : name;
        driver = driver == null || driver.isEmpty() ? DEFAULT_DRIVER : driver;
        driverOptions = driverOptions == null ? Map.of() : Map.copyOf(driverOptions);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static VolumeMount named(String name, boolean noCopy) {
        return new VolumeMount(name, DEFAULT_DRIVER, Map.of(), Map.of(), noCopy);
    }

    public boolean anonymous() {
        return name.isEmpty();
    }

    public VolumeMount withName(String newName) {
        return new VolumeMount(newName, driver, driverOptions, labels, noCopy);
    }

    /** The driver of the volume the mount names, which an existing volume decides rather than the mount. */
    public VolumeMount withDriver(String newDriver) {
        return new VolumeMount(name, newDriver, driverOptions, labels, noCopy);
    }
}
