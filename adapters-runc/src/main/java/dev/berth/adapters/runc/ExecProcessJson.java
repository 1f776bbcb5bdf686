package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.domain.runtime.ExecSpec;
import dev.berth.domain.runtime.ProcessSpec;

import java.util.List;

/**
 * The OCI process {@code runc exec --process} runs, as dockerd builds it for an exec: the container's own process
 * (so its capabilities, rlimits, AppArmor profile and no-new-privileges carry over) with the exec's command,
 * environment, working directory, user and terminal; a privileged exec gets every capability the daemon holds.
 */
final class ExecProcessJson {

    private static final List<String> CAPABILITY_SETS = List.of("bounding", "effective", "permitted");

    private final ObjectMapper json;
    private final List<String> grantable;

    ExecProcessJson(ObjectMapper json, List<String> grantable) {
        this.json = json;
        this.grantable = List.copyOf(grantable);
    }

    /** @param containerProcess the {@code process} object of the container's config.json */
    ObjectNode build(JsonNode containerProcess, ExecSpec spec, ContainerUser user) {
        ProcessSpec process = spec.process();
        ObjectNode exec = containerProcess.deepCopy();
        exec.remove("consoleSize");
        exec.put("terminal", process.terminal());
        exec.set("args", strings(process.args()));
        exec.set("env", strings(user.withHome(process.env())));
        exec.put("cwd", process.cwd());
        ObjectNode execUser = exec.putObject("user");
        execUser.put("uid", user.uid());
        execUser.put("gid", user.gid());
        ArrayNode gids = execUser.putArray("additionalGids");
        user.additionalGids().forEach(gids::add);
        if (spec.privileged()) {
            ObjectNode capabilities = exec.putObject("capabilities");
            CAPABILITY_SETS.forEach(set -> capabilities.set(set, strings(grantable)));
        }
        return exec;
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
