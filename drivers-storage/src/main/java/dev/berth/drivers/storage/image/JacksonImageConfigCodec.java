package dev.berth.drivers.storage.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.BuildSettings;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageConfigCodec;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OCI/Docker image config JSON ({@code architecture}, {@code config.Env}, {@code rootfs.diff_ids}, ...).
 * Decoding is lenient like dockerd's: unknown fields are ignored, absent ones are empty.
 */
public final class JacksonImageConfigCodec implements ImageConfigCodec {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public ImageConfig decode(byte[] raw) {
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (IOException e) {
            throw new InvalidParameter("invalid image config: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidParameter("invalid image config: not a JSON object");
        }
        JsonNode rootfs = root.path("rootfs");
        if (!rootfs.isMissingNode() && !"layers".equals(rootfs.path("type").asText("layers"))) {
            throw new InvalidParameter("invalid image config: unsupported rootfs type " + rootfs.path("type").asText());
        }
        List<Digest> diffIds = new ArrayList<>();
        for (JsonNode diffId : rootfs.path("diff_ids")) {
            diffIds.add(Digest.parse(diffId.asText()));
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (JsonNode step : root.path("history")) {
            history.add(new HistoryEntry(instant(step.path("created")), text(step.path("created_by")),
                    text(step.path("author")), text(step.path("comment")), step.path("empty_layer").asBoolean(false)));
        }
        return new ImageConfig(text(root.path("architecture")), text(root.path("os")), text(root.path("variant")),
                instant(root.path("created")), text(root.path("author")), text(root.path("comment")),
                text(root.path("docker_version")), defaults(root.path("config")), diffIds, history);
    }

    private ContainerDefaults defaults(JsonNode config) {
        if (!config.isObject()) {
            return ContainerDefaults.EMPTY;
        }
        return new ContainerDefaults(text(config.path("User")), strings(config.path("Env")),
                nullableStrings(config.path("Entrypoint")), nullableStrings(config.path("Cmd")),
                text(config.path("WorkingDir")), labels(config.path("Labels")), keys(config.path("ExposedPorts")),
                keys(config.path("Volumes")), text(config.path("StopSignal")),
                new BuildSettings(strings(config.path("OnBuild")), strings(config.path("Shell"))),
                healthcheck(config.path("Healthcheck")));
    }

    /** Durations are nanoseconds in the image config, as Go writes time.Duration. */
    private static Healthcheck healthcheck(JsonNode check) {
        if (!check.isObject()) {
            return null;
        }
        return new Healthcheck(strings(check.path("Test")), Duration.ofNanos(check.path("Interval").asLong()),
                Duration.ofNanos(check.path("Timeout").asLong()), Duration.ofNanos(check.path("StartPeriod").asLong()),
                check.path("Retries").asInt());
    }

    private static void putHealthcheck(ObjectNode config, Healthcheck check) {
        if (check == null) {
            return;
        }
        ObjectNode node = config.putObject("Healthcheck");
        putStrings(node, "Test", check.test());
        putNanos(node, "Interval", check.interval());
        putNanos(node, "Timeout", check.timeout());
        putNanos(node, "StartPeriod", check.startPeriod());
        if (check.retries() != 0) {
            node.put("Retries", check.retries());
        }
    }

    private static void putNanos(ObjectNode node, String field, Duration value) {
        if (!value.isZero()) {
            node.put(field, value.toNanos());
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual() || node.asText().isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("invalid image config: bad time " + node.asText(), e);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> nullableStrings(JsonNode node) {
        return node.isArray() ? strings(node) : null;
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Override
    public byte[] encode(ImageConfig config) {
        ObjectNode root = json.createObjectNode();
        putText(root, "architecture", config.architecture());
        putText(root, "os", config.os());
        putText(root, "variant", config.variant());
        putTime(root, "created", config.created());
        putText(root, "author", config.author());
        putText(root, "comment", config.comment());
        putText(root, "docker_version", config.dockerVersion());
        root.set("config", encodeDefaults(config.config()));
        ObjectNode rootfs = root.putObject("rootfs");
        rootfs.put("type", "layers");
        ArrayNode diffIds = rootfs.putArray("diff_ids");
        config.diffIds().forEach(d -> diffIds.add(d.toString()));
        ArrayNode history = root.putArray("history");
        for (HistoryEntry step : config.history()) {
            ObjectNode entry = history.addObject();
            putTime(entry, "created", step.created());
            putText(entry, "created_by", step.createdBy());
            putText(entry, "author", step.author());
            putText(entry, "comment", step.comment());
            if (step.emptyLayer()) {
                entry.put("empty_layer", true);
            }
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new SystemFault("cannot encode an image config: " + e.getMessage(), e);
        }
    }

    private ObjectNode encodeDefaults(ContainerDefaults defaults) {
        ObjectNode config = json.createObjectNode();
        putText(config, "User", defaults.user());
        putStrings(config, "Env", defaults.env());
        if (defaults.entrypoint() != null) {
            putStrings(config, "Entrypoint", defaults.entrypoint());
        }
        if (defaults.cmd() != null) {
            putStrings(config, "Cmd", defaults.cmd());
        }
        putText(config, "WorkingDir", defaults.workingDir());
        if (!defaults.labels().isEmpty()) {
            ObjectNode labels = config.putObject("Labels");
            defaults.labels().forEach(labels::put);
        }
        putKeys(config, "ExposedPorts", defaults.exposedPorts());
        putKeys(config, "Volumes", defaults.volumes());
        putText(config, "StopSignal", defaults.stopSignal());
        if (!defaults.build().onBuild().isEmpty()) {
            putStrings(config, "OnBuild", defaults.build().onBuild());
        }
        if (!defaults.build().shell().isEmpty()) {
            putStrings(config, "Shell", defaults.build().shell());
        }
        putHealthcheck(config, defaults.healthcheck());
        return config;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void putTime(ObjectNode node, String field, Instant value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static void putStrings(ObjectNode node, String field, Collection<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }

    /** Docker writes sets as objects whose values are empty objects: {@code {"80/tcp":{}}}. */
    private static void putKeys(ObjectNode node, String field, Set<String> keys) {
        if (!keys.isEmpty()) {
            ObjectNode object = node.putObject(field);
            keys.stream().sorted().forEach(object::putObject);
        }
    }
}
