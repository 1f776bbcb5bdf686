package dev.berth.domain.container;

/** The states of {@code .State.Status}, spelled as the API spells them. */
public enum ContainerStatus {
    CREATED("created"),
    RUNNING("running"),
    PAUSED("paused"),
    RESTARTING("restarting"),
    REMOVING("removing"),
    EXITED("exited"),
    DEAD("dead");

    private final String apiName;

    ContainerStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
