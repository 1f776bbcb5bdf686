package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.container.ContainerHealth;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HealthStatus;
import dev.berth.domain.container.ContainerStatus;

import java.util.List;

public record ContainerStateJson(
        @JsonProperty("Status") String status,
        @JsonProperty("Running") boolean running,
        @JsonProperty("Paused") boolean paused,
        @JsonProperty("Restarting") boolean restarting,
        @JsonProperty("OOMKilled") boolean oomKilled,
        @JsonProperty("Dead") boolean dead,
        @JsonProperty("Pid") int pid,
        @JsonProperty("ExitCode") int exitCode,
        @JsonProperty("Error") String error,
        @JsonProperty("StartedAt") String startedAt,
        @JsonProperty("FinishedAt") String finishedAt,
        @JsonProperty("Health") @JsonInclude(JsonInclude.Include.NON_NULL) HealthJson health) {

    /** {@code .State.Health}: present only for a container with a health check. */
    public record HealthJson(@JsonProperty("Status") String status,
                             @JsonProperty("FailingStreak") int failingStreak,
                             @JsonProperty("Log") List<ProbeJson> log) {

        static HealthJson from(ContainerHealth h) {
            return h.status() == HealthStatus.NONE ? null : new HealthJson(h.status().apiName(), h.failingStreak(),
                    h.log().stream().map(p -> new ProbeJson(ApiTime.format(p.start()), ApiTime.format(p.end()),
                            p.exitCode(), p.output())).toList());
        }
    }

    public record ProbeJson(@JsonProperty("Start") String start, @JsonProperty("End") String end,
                            @JsonProperty("ExitCode") int exitCode, @JsonProperty("Output") String output) {
    }

    public static ContainerStateJson from(ContainerState s) {
        return new ContainerStateJson(s.status().apiName(), s.isRunning(), s.status() == ContainerStatus.PAUSED,
                s.status() == ContainerStatus.RESTARTING, s.oomKilled(), s.status() == ContainerStatus.DEAD, s.pid(),
                s.exitCode(), s.error(), ApiTime.format(s.startedAt()), ApiTime.format(s.finishedAt()),
                HealthJson.from(s.health()));
    }
}
