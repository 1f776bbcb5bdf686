package dev.berth.application.volume;

import java.util.Map;

/** A {@code label} filter value: {@code key} (present) or {@code key=value}. */
final class VolumeLabels {

    private VolumeLabels() {
    }

    static boolean matches(Map<String, String> labels, String filter) {
        int separator = filter.indexOf('=');
        return separator < 0 ? labels.containsKey(filter)
                : filter.substring(separator + 1).equals(labels.get(filter.substring(0, separator)));
    }
}
