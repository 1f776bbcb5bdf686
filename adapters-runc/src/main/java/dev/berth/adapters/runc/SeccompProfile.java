package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker's default seccomp profile, kept as rules in {@code seccomp-default.json}, turned into the OCI
 * {@code linux.seccomp} section for one container: the rules of the host's architecture and kernel, and those its
 * capabilities allow (CAP_SYS_ADMIN opens mount, unshare...; without it clone is restricted).
 */
final class SeccompProfile {

    private final JsonNode profile;
    private final String arch;
    private final int[] kernel;

    private SeccompProfile(JsonNode profile, String arch, int[] kernel) {
        this.profile = profile;
        this.arch = arch;
        this.kernel = kernel;
    }

    /** The profile for the JVM's architecture and kernel. */
    static SeccompProfile forHost() {
        String arch = switch (System.getProperty("os.arch")) {
            case "aarch64" -> "arm64";
            case "x86_64" -> "amd64";
            default -> System.getProperty("os.arch");
        };
        return load(arch, System.getProperty("os.version"));
    }

    static SeccompProfile load(String arch, String kernelVersion) {
        try (InputStream in = SeccompProfile.class.getResourceAsStream("seccomp-default.json")) {
            return new SeccompProfile(new ObjectMapper().readTree(in), arch, version(kernelVersion));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the default seccomp profile", e);
        }
    }

    OciSpec.Seccomp forCapabilities(List<String> capabilities) {
        List<String> architectures = new ArrayList<>();
        profile.path("architectures").path(arch).forEach(a -> architectures.add(a.asText()));
        List<OciSpec.Syscall> syscalls = new ArrayList<>();
        for (JsonNode rule : profile.path("rules")) {
            if (applies(rule, capabilities)) {
                syscalls.add(syscall(rule));
            }
        }
        return new OciSpec.Seccomp("SCMP_ACT_ERRNO", profile.path("defaultErrnoRet").asInt(), architectures,
                syscalls);
    }

    private boolean applies(JsonNode rule, List<String> capabilities) {
        if (rule.has("arches") && !contains(rule.path("arches"), arch)) {
            return false;
        }
        if (contains(rule.path("notArches"), arch)) {
            return false;
        }
        if (rule.has("minKernel") && compare(kernel, version(rule.path("minKernel").asText())) < 0) {
            return false;
        }
        if (rule.has("cap") && !capabilities.contains(rule.path("cap").asText())) {
            return false;
        }
        return !(rule.has("withoutCap") && capabilities.contains(rule.path("withoutCap").asText()));
    }

    private static OciSpec.Syscall syscall(JsonNode rule) {
        List<String> names = new ArrayList<>();
        rule.path("names").forEach(n -> names.add(n.asText()));
        List<OciSpec.SyscallArg> args = new ArrayList<>();
        rule.path("args").forEach(a -> args.add(new OciSpec.SyscallArg(a.path("index").asInt(),
                a.path("value").asLong(), a.path("valueTwo").asLong(), a.path("op").asText())));
        return new OciSpec.Syscall(names, rule.path("action").asText("SCMP_ACT_ALLOW"),
                rule.has("errnoRet") ? rule.path("errnoRet").asInt() : null, args.isEmpty() ? null : args);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Major and minor of a kernel release ({@code 6.18.44-fc} is 6.18). */
    private static int[] version(String release) {
        String[] parts = release.split("[.-]");
        return new int[] {Integer.parseInt(parts[0]), parts.length > 1 && parts[1].matches("\\d+")
                ? Integer.parseInt(parts[1]) : 0};
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
