package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.container.ContainerId;
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
        RuntimeSpec spec = new RuntimeSpec(id, List.of(), process, "web", Map.of("org.example", "yes"),
                Path.of("/var/log/c.log"), List.of(), false);
        OciSpec oci = new DockerDefaultSpec("berth", cgroupV2, nofileHardLimit).build(spec, user, etcFiles);
        return json.valueToTree(oci);
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
