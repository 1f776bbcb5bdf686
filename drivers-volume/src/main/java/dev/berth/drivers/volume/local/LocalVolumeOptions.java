package dev.berth.drivers.volume.local;

import dev.berth.domain.error.InvalidParameter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The options of dockerd's local driver, like mount(8)'s: {@code type} (-t), {@code o} (-o) and {@code device}.
 * None given: a plain directory. Otherwise the device is mounted on the volume's directory while it is in use.
 */
record LocalVolumeOptions(String type, String mountOptions, String device) {

    private static final Set<String> KEYS = Set.of("type", "o", "device");
    /** A tmpfs size: bytes with an optional k/m/g suffix, or a percentage of memory. */
    private static final Pattern TMPFS_SIZE = Pattern.compile("\\d+[kKmMgG]?|\\d+%");

    static final LocalVolumeOptions NONE = new LocalVolumeOptions("", "", "");

    static LocalVolumeOptions parse(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!KEYS.contains(key)) {
                throw new InvalidParameter("invalid option key: \"" + key + "\"");
            }
        }
        var parsed = new LocalVolumeOptions(options.getOrDefault("type", ""), options.getOrDefault("o", ""),
                options.getOrDefault("device", ""));
        if (!parsed.type.isEmpty() && parsed.device.isEmpty()) {
            throw new InvalidParameter("missing required option: \"device\"");
        }
        if (parsed.type.isEmpty() && !(parsed.device.isEmpty() && parsed.mountOptions.isEmpty())) {
            throw new InvalidParameter("missing required option: \"type\"");
        }
        if (parsed.type.equals("tmpfs")) {
            parsed.checkTmpfsSize();
        }
        return parsed;
    }

    /** Whether a filesystem is mounted on the volume's directory (rather than the directory itself being used). */
    boolean mountsDevice() {
        return !type.isEmpty();
    }

    /** As the client gave them, for inspect's {@code Options}. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (!type.isEmpty()) {
            map.put("type", type);
        }
        if (!mountOptions.isEmpty()) {
            map.put("o", mountOptions);
        }
        if (!device.isEmpty()) {
            map.put("device", device);
        }
        return map;
    }

    /** A bad size would only fail at the first mount, inside some later {@code docker run}: refuse it now. */
    private void checkTmpfsSize() {
        for (String option : mountOptions.split(",")) {
            if (option.startsWith("size=") && !TMPFS_SIZE.matcher(option.substring(5)).matches()) {
                throw new InvalidParameter("invalid size: '" + option.substring(5) + "'");
            }
        }
    }
}
