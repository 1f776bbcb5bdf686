package dev.berth.application.build;

import dev.berth.domain.image.ImageReference;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code POST /build}: {@code dockerfile} is the path in the context ({@code Dockerfile} when
 * empty), {@code buildArgs} values may be null (declared without a value), {@code target} the stage to stop at
 * (null: the last one), {@code remote} a remote context (only an empty one is taken).
 */
public record BuildRequest(List<ImageReference> tags, String dockerfile, Map<String, String> buildArgs,
                           Map<String, String> labels, String target, boolean noCache, boolean pull,
                           boolean quiet, String remote) {

    public BuildRequest {
        tags = List.copyOf(tags);
        buildArgs = buildArgs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
        labels = labels == null ? Map.of() : Map.copyOf(new HashMap<>(labels));
        dockerfile = dockerfile == null || dockerfile.isEmpty() ? "Dockerfile" : dockerfile;
        target = target == null || target.isEmpty() ? null : target;
    }
}
