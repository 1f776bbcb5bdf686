package dev.berth.plugins.sdk.logging;

import dev.berth.domain.logging.LoggedContainer;
import dev.berth.plugins.sdk.protocol.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.plugins.sdk.protocol.Json.text;

/**
 * The LogDriver protocol's JSON (moby {@code docs/extend/plugins_logging.md}), both ways: {@code StartLogging}
 * names the FIFO the entries come through ({@link LogFrames}) and describes the container ({@code Info}).
 */
public final class LogWire {

    public static final String PROTOCOL = "LogDriver";
    public static final String START = "LogDriver.StartLogging";
    public static final String STOP = "LogDriver.StopLogging";
    public static final String CAPABILITIES = "LogDriver.Capabilities";

    private LogWire() {
    }

    public static Map<String, Object> start(String fifo, LoggedContainer container) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("Config", container.options());
        info.put("ContainerID", container.id());
        info.put("ContainerName", container.name());
        info.put("ContainerEntrypoint", container.entrypoint());
        info.put("ContainerArgs", container.args());
        info.put("ContainerImageID", container.imageId());
        info.put("ContainerImageName", container.imageName());
        info.put("ContainerCreated", container.created().toString());
        info.put("ContainerEnv", container.env());
        info.put("ContainerLabels", container.labels());
        info.put("LogPath", container.logPath());
        info.put("DaemonName", "docker");
        return Map.of("File", fifo, "Info", info);
    }

    public static Map<String, Object> stop(String fifo) {
        return Map.of("File", fifo);
    }

    public static String file(Map<String, Object> request) {
        return text(request.get("File"));
    }

    /** The container of a {@code StartLogging} request; only {@code ContainerID} is sure to be there. */
    public static LoggedContainer container(Map<String, Object> request) {
        Map<?, ?> info = request.get("Info") instanceof Map<?, ?> map ? map : Map.of();
        return new LoggedContainer(text(info.get("ContainerID")), text(info.get("ContainerName")),
                text(info.get("ContainerEntrypoint")), strings(info.get("ContainerArgs")),
                text(info.get("ContainerImageID")), text(info.get("ContainerImageName")),
                Json.instant(info.get("ContainerCreated")), strings(info.get("ContainerEnv")),
                Json.strings(info.get("ContainerLabels")), text(info.get("LogPath")),
                Json.strings(info.get("Config")));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(Json::text).toList() : List.of();
    }
}
