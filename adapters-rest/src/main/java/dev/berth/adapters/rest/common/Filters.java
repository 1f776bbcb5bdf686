package dev.berth.adapters.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.InvalidParameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code filters} query parameter: a JSON object mapping a filter name to its values, either as
 * {@code {"label":{"a=b":true}}} (current clients) or {@code {"label":["a=b"]}} (old ones).
 */
public final class Filters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Filters() {
    }

    public static Map<String, List<String>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidParameter("invalid filter: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new InvalidParameter("invalid filter: " + text);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        root.properties().forEach(field -> filters.put(field.getKey(), values(field.getValue())));
        return filters;
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().asBoolean()) {
                    values.add(e.getKey());
                }
            });
        } else {
            throw new InvalidParameter("invalid filter value: " + node);
        }
        return List.copyOf(values);
    }
}
