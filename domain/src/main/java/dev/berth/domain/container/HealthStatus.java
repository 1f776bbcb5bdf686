package dev.berth.domain.container;

/** {@code .State.Health.Status}, spelled as the API spells it; NONE: the container has no health check. */
public enum HealthStatus {
    NONE("none"),
    STARTING("starting"),
    HEALTHY("healthy"),
    UNHEALTHY("unhealthy");

    private final String apiName;

    HealthStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The {@code health=} filter's value; null when it names no status. */
    public static HealthStatus fromApiName(String name) {
        for (HealthStatus s : values()) {
            if (s.apiName.equals(name)) {
                return s;
            }
        }
        return null;
    }
}
