package dev.berth.adapters.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A {@code WWW-Authenticate} challenge: {@code Bearer realm="https://auth",service="registry",scope="..."}. */
record Challenge(String scheme, Map<String, String> parameters) {

    Challenge {
        parameters = Map.copyOf(parameters);
    }

    static Optional<Challenge> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String text = header.strip();
        int space = text.indexOf(' ');
        String scheme = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            var value = new StringBuilder();
            int j = eq + 1;
            if (j < text.length() && text.charAt(j) == '"') {
                for (j++; j < text.length() && text.charAt(j) != '"'; j++) {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                        j++;
                    }
                    value.append(text.charAt(j));
                }
                j++; // the closing quote
            } else {
                for (; j < text.length() && text.charAt(j) != ','; j++) {
                    value.append(text.charAt(j));
                }
            }
            parameters.put(key, value.toString().strip());
            int comma = text.indexOf(',', j);
            i = comma < 0 ? text.length() : comma + 1;
        }
        return Optional.of(new Challenge(scheme, parameters));
    }

    String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }
}
