package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.container.Capabilities;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.SecurityOptions;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.runtime.ProcessSpec;
import dev.berth.domain.runtime.RuntimeSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The config.json as runc reads it: written with Jackson, checked as JSON. */
class DockerDefaultSpecTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ContainerId id = ContainerId.random();
    private final EtcFiles etcFiles = EtcFiles.in(Path.of("/run/berth/runc/b"));

    private JsonNode config(boolean cgroupV2, long nofileHardLimit, ProcessSpec process, ContainerUser user) {
        return config(cgroupV2, nofileHardLimit, process, user, Resources.NONE, SecurityOptions.NONE);
    }

    private JsonNode config(boolean cgroupV2, long nofileHardLimit, ProcessSpec process, ContainerUser user,
                            Resources resources, SecurityOptions security) {
        RuntimeSpec spec = new RuntimeSpec(id, List.of(), process, "web", Map.of("org.example", "yes"),
                Path.of("/var/log/c.log"), List.of(), false, resources, security);
        OciSpec oci = new DockerDefaultSpec("berth", cgroupV2, nofileHardLimit, SeccompProfile.load("amd64", "6.1.0"),
                Capabilities.ALL)
                .build(spec, user, etcFiles);
        return json.valueToTree(oci);
    }

    private JsonNode configWith(Resources resources, SecurityOptions security) {
        return config(false, Long.MAX_VALUE, new ProcessSpec(List.of("true"), List.of(), "/", "", false),
                new ContainerUser(0, 0, List.of(), "/root"), resources, security);
    }

    @Test
    void aTerminalStartsAtTheConsoleSizeAndOtherwiseHasNone() {
        ContainerUser root = new ContainerUser(0, 0, List.of(), "/root");
        JsonNode sized = config(false, Long.MAX_VALUE, new ProcessSpec(List.of("sh"), List.of(), "/", "", true, true,
                true, new TerminalSize(30, 100)), root);
        JsonNode unsized = config(false, Long.MAX_VALUE, new ProcessSpec(List.of("sh"), List.of(), "/", "", true),
                root);

        assertTrue(sized.at("/process/terminal").asBoolean());
        assertEquals(30, sized.at("/process/consoleSize/height").asInt());
        assertEquals(100, sized.at("/process/consoleSize/width").asInt());
        assertTrue(unsized.at("/process/consoleSize").isMissingNode());
    }

    @Test
    void capAddAndDropAdjustDockersDefaultSet() {
        JsonNode caps = configWith(Resources.NONE,
                new SecurityOptions(List.of("NET_ADMIN"), List.of("chown", "CAP_KILL"), false, List.of()))
                .at("/process/capabilities/effective");
        assertTrue(strings(caps).contains("CAP_NET_ADMIN"));
        assertFalse(strings(caps).contains("CAP_CHOWN"));
        assertFalse(strings(caps).contains("CAP_KILL"));
        assertTrue(strings(caps).contains("CAP_SETUID"));
    }

    @Test
    void capabilitiesTheDaemonLacksAreNotAskedFor() {
        RuntimeSpec spec = new RuntimeSpec(id, List.of(), new ProcessSpec(List.of("true"), List.of(), "/", "", false),
                "web", Map.of(), Path.of("/var/log/c.log"), List.of(), false, Resources.NONE,
                new SecurityOptions(null, null, true, null));
        OciSpec oci = new DockerDefaultSpec("berth", false, Long.MAX_VALUE, SeccompProfile.load("amd64", "6.1.0"),
                List.of("CAP_CHOWN", "CAP_SYS_ADMIN")).build(spec, new ContainerUser(0, 0, List.of(), "/"), etcFiles);
        assertEquals(List.of("CAP_CHOWN", "CAP_SYS_ADMIN"), oci.process().capabilities().effective());
    }

    @Test
    void privilegedGetsEveryCapabilityEveryDeviceNoMaskAndNoSeccomp() {
        JsonNode linux = configWith(Resources.NONE, new SecurityOptions(null, null, true, null)).get("linux");
        JsonNode config = configWith(Resources.NONE, new SecurityOptions(null, null, true, null));
        assertTrue(strings(config.at("/process/capabilities/bounding")).contains("CAP_SYS_ADMIN"));
        assertEquals(0, linux.get("maskedPaths").size());
        assertTrue(linux.at("/resources/devices/0/allow").asBoolean());
        assertFalse(linux.has("seccomp"));
    }

    @Test
    void defaultSeccompProfileDeniesWithEpermAndFollowsCapabilities() {
        JsonNode seccomp = defaultConfig().at("/linux/seccomp");
        assertEquals("SCMP_ACT_ERRNO", seccomp.get("defaultAction").asText());
        assertEquals(1, seccomp.get("defaultErrnoRet").asInt());
        assertEquals("SCMP_ARCH_X86_64", seccomp.at("/architectures/0").asText());
        List<String> allowed = allowedSyscalls(seccomp);
        assertTrue(allowed.contains("read"));
        assertTrue(allowed.contains("arch_prctl"), "amd64 only rule");
        assertFalse(allowed.contains("mount"), "needs CAP_SYS_ADMIN");
        assertFalse(allowed.contains("riscv_flush_icache"));
        List<String> admin = allowedSyscalls(configWith(Resources.NONE,
                new SecurityOptions(List.of("SYS_ADMIN"), null, false, null)).at("/linux/seccomp"));
        assertTrue(admin.contains("mount"));
    }

    @Test
    void seccompUnconfinedAndNoNewPrivilegesAreHonoured() {
        JsonNode config = configWith(Resources.NONE, new SecurityOptions(null, null, false,
                List.of("seccomp=unconfined", "no-new-privileges")));
        assertFalse(config.get("linux").has("seccomp"));
        assertTrue(config.at("/process/noNewPrivileges").asBoolean());
    }

    @Test
    void resourcesBecomeCgroupLimitsAndUlimitsRlimits() {
        Resources limits = new Resources(64L << 20, 128L << 20, 0, 500_000_000L, 512, 0, 0, "0", "", 100L,
                List.of(new Resources.Ulimit("nofile", 1024, 2048), new Resources.Ulimit("nproc", 10, 20)));
        JsonNode config = configWith(limits, SecurityOptions.NONE);
        JsonNode resources = config.at("/linux/resources");
        assertEquals(64L << 20, resources.at("/memory/limit").asLong());
        assertEquals(128L << 20, resources.at("/memory/swap").asLong());
        assertEquals(50_000, resources.at("/cpu/quota").asLong());
        assertEquals(100_000, resources.at("/cpu/period").asLong());
        assertEquals(512, resources.at("/cpu/shares").asLong());
        assertEquals("0", resources.at("/cpu/cpus").asText());
        assertEquals(100, resources.at("/pids/limit").asLong());
        JsonNode rlimits = config.at("/process/rlimits");
        assertEquals(2, rlimits.size(), "the nofile ulimit replaces dockerd's default");
        assertEquals(1024, rlimits.at("/0/soft").asLong());
        assertEquals(2048, rlimits.at("/0/hard").asLong());
        assertEquals("RLIMIT_NPROC", rlimits.at("/1/type").asText());
    }

    @Test
    void noLimitsLeaveTheCgroupUnlimited() {
        JsonNode resources = defaultConfig().at("/linux/resources");
        assertFalse(resources.has("memory"));
        assertFalse(resources.has("cpu"));
        assertFalse(resources.has("pids"));
    }

    private static List<String> allowedSyscalls(JsonNode seccomp) {
        List<String> names = new ArrayList<>();
        seccomp.get("syscalls").forEach(rule -> {
            if (rule.get("action").asText().equals("SCMP_ACT_ALLOW") && !rule.has("args")) {
                names.addAll(strings(rule.get("names")));
            }
        });
        return names;
    }

    private JsonNode defaultConfig() {
        return config(false, Long.MAX_VALUE,
                new ProcessSpec(List.of("sh", "-c", "true"), List.of("PATH=/bin"), "/srv", "app", true),
                new ContainerUser(1000, 1001, List.of(50L), "/home/app"));
    }

    @Test
    void processCarriesArgsCwdTerminalResolvedUserAndHome() {
        JsonNode process = defaultConfig().get("process");
        assertEquals(List.of("sh", "-c", "true"), strings(process.get("args")));
        assertEquals(List.of("PATH=/bin", "HOME=/home/app"), strings(process.get("env")));
        assertEquals("/srv", process.get("cwd").asText());
        assertTrue(process.get("terminal").asBoolean());
        assertEquals(1000, process.at("/user/uid").asLong());
        assertEquals(1001, process.at("/user/gid").asLong());
        assertEquals(50, process.at("/user/additionalGids/0").asLong());
    }

    @Test
    void capabilitiesAreDockersDefaultSetInEverySet() {
        JsonNode caps = defaultConfig().at("/process/capabilities");
        List<String> expected = List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD",
                "CAP_NET_RAW", "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE",
                "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");
        for (String set : List.of("bounding", "effective", "permitted")) {
            assertEquals(expected, strings(caps.get(set)), set);
        }
    }

    @Test
    void nofileIsDockersUnlessTheDaemonCannotGrantIt() {
        assertEquals(1_048_576, defaultConfig().at("/process/rlimits/0/hard").asLong());
        JsonNode limited = config(false, 20_000, new ProcessSpec(List.of("true"), List.of(), "/", "", false),
                new ContainerUser(0, 0, List.of(), "/root"));
        assertEquals("RLIMIT_NOFILE", limited.at("/process/rlimits/0/type").asText());
        assertEquals(20_000, limited.at("/process/rlimits/0/soft").asLong());
    }

    @Test
    void mountsHoldTheKernelFilesystemsAndTheBundlesEtcFiles() {
        Map<String, JsonNode> mounts = new java.util.HashMap<>();
        defaultConfig().get("mounts").forEach(m -> mounts.put(m.get("destination").asText(), m));
        for (String destination : List.of("/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue", "/sys",
                "/sys/fs/cgroup")) {
            assertTrue(mounts.containsKey(destination), destination);
        }
        assertTrue(strings(mounts.get("/dev/shm").get("options")).contains("size=67108864"));
        assertTrue(strings(mounts.get("/sys").get("options")).contains("ro"));
        assertEquals("/run/berth/runc/b/hosts", mounts.get("/etc/hosts").get("source").asText());
        assertEquals("/run/berth/runc/b/hostname", mounts.get("/etc/hostname").get("source").asText());
        assertEquals("/run/berth/runc/b/resolv.conf", mounts.get("/etc/resolv.conf").get("source").asText());
        assertEquals("bind", mounts.get("/etc/hosts").get("type").asText());
    }

    @Test
    void linuxSectionHasNamespacesCgroupPathAndProtections() {
        JsonNode config = defaultConfig();
        JsonNode linux = config.get("linux");
        List<String> namespaces = new ArrayList<>();
        linux.get("namespaces").forEach(n -> {
            namespaces.add(n.get("type").asText());
            assertFalse(n.has("path"), "new namespaces only");
        });
        assertEquals(List.of("pid", "ipc", "uts", "mount", "network"), namespaces);
        assertEquals("/berth/" + id.value(), linux.get("cgroupsPath").asText());
        assertTrue(strings(linux.get("maskedPaths")).contains("/proc/kcore"));
        assertTrue(strings(linux.get("readonlyPaths")).contains("/proc/sys"));
        JsonNode denyAll = linux.at("/resources/devices/0");
        assertFalse(denyAll.get("allow").asBoolean());
        assertFalse(denyAll.has("major"), "absent major means all");
        assertEquals("web", config.get("hostname").asText());
        assertEquals("1.0.2", config.get("ociVersion").asText());
        assertEquals("rootfs", config.at("/root/path").asText());
        assertEquals("yes", config.at("/annotations/org.example").asText());
    }

    @Test
    void cgroupV2HostsGetAPrivateCgroupNamespace() {
        JsonNode v2 = config(true, Long.MAX_VALUE, new ProcessSpec(List.of("true"), List.of(), "/", "", false),
                new ContainerUser(0, 0, List.of(), "/root"));
        assertEquals("cgroup", v2.at("/linux/namespaces/5/type").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
