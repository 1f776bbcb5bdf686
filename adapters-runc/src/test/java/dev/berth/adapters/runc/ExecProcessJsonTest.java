package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.runtime.ExecSpec;
import dev.berth.domain.runtime.ProcessSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exec's OCI process: the container's privileges with the exec's own command, user and environment. */
class ExecProcessJsonTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ExecProcessJson builder = new ExecProcessJson(json, List.of("CAP_CHOWN", "CAP_SYS_ADMIN"));
    private final ContainerUser user = new ContainerUser(1000, 1000, List.of(2000L), "/home/app");

    private JsonNode containerProcess() throws Exception {
        return json.readTree("""
                {"terminal": false, "consoleSize": {"height": 30, "width": 100},
                 "user": {"uid": 0, "gid": 0, "additionalGids": []},
                 "args": ["sleep", "300"], "env": ["PATH=/bin", "RUN_ENV=r"], "cwd": "/var",
                 "capabilities": {"bounding": ["CAP_CHOWN"], "effective": ["CAP_CHOWN"], "permitted": ["CAP_CHOWN"]},
                 "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}],
                 "apparmorProfile": "docker-default", "noNewPrivileges": true}
                """);
    }

    @Test
    void keepsTheContainersPrivilegesAndTakesTheExecsProcess() throws Exception {
        ExecSpec spec = new ExecSpec(new ProcessSpec(List.of("sh", "-c", "id"), List.of("PATH=/bin", "E=1"), "/tmp",
                "app", true), false, true, true);

        JsonNode process = builder.build(containerProcess(), spec, user);

        assertEquals(List.of("sh", "-c", "id"), strings(process.path("args")));
        assertEquals(List.of("PATH=/bin", "E=1", "HOME=/home/app"), strings(process.path("env")));
        assertEquals("/tmp", process.path("cwd").asText());
        assertTrue(process.path("terminal").asBoolean());
        assertEquals(1000, process.path("user").path("uid").asLong());
        assertEquals(1000, process.path("user").path("gid").asLong());
        assertEquals(List.of("2000"), strings(process.path("user").path("additionalGids")));
        assertEquals(List.of("CAP_CHOWN"), strings(process.path("capabilities").path("effective")));
        assertEquals("docker-default", process.path("apparmorProfile").asText());
        assertTrue(process.path("noNewPrivileges").asBoolean());
        assertEquals(1024, process.path("rlimits").get(0).path("hard").asLong());
        assertFalse(process.has("consoleSize"), "the container's console size is not the exec's");
    }

    @Test
    void privilegedExecGetsEveryCapabilityTheDaemonHolds() throws Exception {
        ExecSpec spec = new ExecSpec(new ProcessSpec(List.of("id"), List.of(), "/", "", false), true, true, true);

        JsonNode process = builder.build(containerProcess(), spec, user);

        for (String set : List.of("bounding", "effective", "permitted")) {
            assertEquals(List.of("CAP_CHOWN", "CAP_SYS_ADMIN"), strings(process.path("capabilities").path(set)));
        }
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }
}
