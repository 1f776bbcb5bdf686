package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.files.PathStat;

/** dockerd's {@code ContainerPathStat}, sent base64-encoded in the {@code X-Docker-Container-Path-Stat} header. */
public record PathStatJson(@JsonProperty("name") String name, @JsonProperty("size") long size,
                           @JsonProperty("mode") long mode, @JsonProperty("mtime") String mtime,
                           @JsonProperty("linkTarget") String linkTarget) {

    public static final String HEADER = "X-Docker-Container-Path-Stat";

    static PathStatJson from(PathStat stat) {
        return new PathStatJson(stat.name(), stat.size(), stat.mode(), ApiTime.format(stat.mtime()),
                stat.linkTarget());
    }
}
