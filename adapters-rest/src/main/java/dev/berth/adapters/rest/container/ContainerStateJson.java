package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerStatus;

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
        @JsonProperty("FinishedAt") String finishedAt) {

    public static ContainerStateJson from(ContainerState s) {
        return new ContainerStateJson(s.status().apiName(), s.isRunning(), s.status() == ContainerStatus.PAUSED,
                s.status() == ContainerStatus.RESTARTING, s.oomKilled(), s.status() == ContainerStatus.DEAD, s.pid(),
                s.exitCode(), s.error(), ApiTime.format(s.startedAt()), ApiTime.format(s.finishedAt()));
    }
}
