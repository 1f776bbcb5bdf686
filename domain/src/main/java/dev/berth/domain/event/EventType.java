package dev.berth.domain.event;

/** What an event is about; the API names are the {@code Type} field and the {@code type} filter's values. */
public enum EventType {
    CONTAINER("container"),
    IMAGE("image"),
    NETWORK("network"),
    VOLUME("volume"),
    DAEMON("daemon"),
    PLUGIN("plugin");

    private final String apiName;

    EventType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
