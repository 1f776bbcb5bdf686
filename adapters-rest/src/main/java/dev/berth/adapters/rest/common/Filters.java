package dev.berth.adapters.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.InvalidParameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code filters} query parameter of list endpoints: JSON mapping each filter name to its values, either as
 * {@code {"label":{"a=b":true}}} (current clients) or {@code {"label":["a=b"]}} (old ones).
 */
public final class Filters {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Filters NONE = new Filters(Map.of());

    private final Map<String, List<String>> values;

    private Filters(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    /** Parses the parameter; an absent or empty one means no filter. InvalidParameter on malformed JSON. */
    public static Filters parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidParameter("invalid filter: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidParameter("invalid filter: expected a JSON object");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (var field : root.properties()) {
            values.put(field.getKey(), valuesOf(field.getKey(), field.getValue()));
        }
        return new Filters(values);
    }

    private static List<String> valuesOf(String name, JsonNode node) {
        var result = new ArrayList<String>();
        if (node.isObject()) {
            for (var value : node.properties()) {
                if (value.getValue().asBoolean(false)) {
                    result.add(value.getKey());
                }
            }
        } else if (node.isArray()) {
            node.forEach(value -> result.add(value.asText()));
        } else {
            throw new InvalidParameter("invalid filter: values of '" + name + "' must be an object or a list");
        }
        return List.copyOf(result);
    }

    /** InvalidParameter {@code invalid filter 'x'} for a filter the endpoint does not know, as dockerd. */
    public Filters accept(Set<String> names) {
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw new InvalidParameter("invalid filter '" + name + "'");
            }
        }
        return this;
    }

    /** Every filter with its values, for use cases that take the whole selection. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    public List<String> get(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean contains(String name) {
        return !get(name).isEmpty();
    }

    /** A boolean filter such as {@code dangling=true}; InvalidParameter for a value other than true/false/1/0. */
    public Optional<Boolean> bool(String name) {
        List<String> given = get(name);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw new InvalidParameter("invalid filter '" + name + "': only one value allowed");
        }
        return switch (given.getFirst().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> throw new InvalidParameter("Invalid filter '" + name + "=" + given.getFirst() + "'");
        };
    }

    /** The single value of a filter that takes one (before, since), if given. */
    public Optional<String> single(String name) {
        List<String> given = get(name);
        if (given.size() > 1) {
            throw new InvalidParameter("invalid filter '" + name + "': only one value allowed");
        }
        return given.stream().findFirst();
    }
}
