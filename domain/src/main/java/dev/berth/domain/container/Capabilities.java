package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Linux capabilities as dockerd grants them: its default set, adjusted by {@code --cap-add} and {@code --cap-drop}
 * ({@code ALL} accepted on both sides; names with or without {@code CAP_}, any case).
 */
public final class Capabilities {

    /** What dockerd gives an unprivileged container (moby oci/caps/defaults.go). */
    public static final List<String> DEFAULT = prefixed("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD",
            "NET_RAW", "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL",
            "AUDIT_WRITE");

    /** Every capability the kernel knows, in bit order (capability.h, up to CAP_CHECKPOINT_RESTORE = 40). */
    public static final List<String> ALL = prefixed("CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID",
            "KILL", "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST",
            "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE",
            "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
            "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM",
            "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE");

    private static final String ALL_KEYWORD = "ALL";

    private Capabilities() {
    }

    /** The container's capability set; an unknown name is an InvalidParameter (400), as in dockerd. */
    public static List<String> resolve(List<String> add, List<String> drop) {
        List<String> adds = normalized(add);
        List<String> drops = normalized(drop);
        Set<String> caps = new LinkedHashSet<>();
        if (adds.contains(ALL_KEYWORD)) {
            caps.addAll(ALL);
        } else {
            if (!drops.contains(ALL_KEYWORD)) {
                caps.addAll(DEFAULT);
            }
            caps.addAll(adds);
        }
        drops.forEach(cap -> {
            if (!cap.equals(ALL_KEYWORD) && !adds.contains(cap)) {
                caps.remove(cap);
            }
        });
        return List.copyOf(caps);
    }

    /** Checks the names without computing anything (create refuses bad names up front). */
    public static void validate(List<String> names) {
        normalized(names);
    }

    private static List<String> normalized(List<String> names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.equals(ALL_KEYWORD)) {
                result.add(ALL_KEYWORD);
                continue;
            }
            String cap = upper.startsWith("CAP_") ? upper : "CAP_" + upper;
            if (!ALL.contains(cap)) {
                throw new InvalidParameter("unknown capability: \"" + cap + "\"");
            }
            result.add(cap);
        }
        return result;
    }

    private static List<String> prefixed(String... names) {
        return java.util.Arrays.stream(names).map(n -> "CAP_" + n).toList();
    }
}
