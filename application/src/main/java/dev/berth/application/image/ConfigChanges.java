package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ContainerDefaultsDraft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --change} instructions of {@code docker import} and {@code docker commit}: CMD, ENTRYPOINT, ENV,
 * EXPOSE, LABEL, USER, VOLUME, WORKDIR and STOPSIGNAL, in exec form ({@code ["a","b"]}) or shell form.
 */
final class ConfigChanges {

    private static final List<String> SHELL = List.of("/bin/sh", "-c");

    private ConfigChanges() {
    }

    static ContainerDefaults apply(ContainerDefaults base, List<String> changes) {
        var config = new ContainerDefaultsDraft(base);
        for (String change : changes) {
            String line = change.strip();
            int space = line.indexOf(' ');
            String instruction = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
            String argument = space < 0 ? "" : line.substring(space + 1).strip();
            switch (instruction) {
                case "CMD" -> config.cmd = command(argument);
                case "ENTRYPOINT" -> config.entrypoint = command(argument);
                case "ENV" -> pairs(argument).forEach((k, v) -> config.setEnv(k, v));
                case "LABEL" -> config.labels.putAll(pairs(argument));
                case "EXPOSE" -> words(argument).forEach(p -> config.exposedPorts.add(p.contains("/") ? p : p + "/tcp"));
                case "VOLUME" -> config.volumes.addAll(argument.startsWith("[") ? JsonStrings.parse(argument)
                        : words(argument));
                case "USER" -> config.user = argument;
                case "WORKDIR" -> config.workingDir = argument;
                case "STOPSIGNAL" -> config.stopSignal = argument;
                default -> throw new InvalidParameter(instruction + " is not a valid change command");
            }
        }
        return config.build();
    }

    /** Exec form is used as is; shell form runs through {@code /bin/sh -c}, as dockerd. */
    private static List<String> command(String argument) {
        if (argument.startsWith("[")) {
            return JsonStrings.parse(argument);
        }
        var command = new ArrayList<>(SHELL);
        command.add(argument);
        return command;
    }

    /** {@code k=v k2="a b"}, or the legacy single pair {@code k v}. */
    private static Map<String, String> pairs(String argument) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> words = words(argument);
        if (!words.isEmpty() && !words.getFirst().contains("=")) {
            int space = argument.indexOf(' ');
            if (space < 0) {
                throw new InvalidParameter("ENV/LABEL needs a value: " + argument);
            }
            pairs.put(argument.substring(0, space), unquote(argument.substring(space + 1).strip()));
            return pairs;
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals <= 0) {
                throw new InvalidParameter("invalid key=value pair: " + word);
            }
            pairs.put(word.substring(0, equals), unquote(word.substring(equals + 1)));
        }
        return pairs;
    }

    /** Splits on spaces outside double quotes (quotes kept for {@link #unquote}). */
    private static List<String> words(String argument) {
        var words = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (char c : argument.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                if (!current.isEmpty()) {
                    words.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            words.add(current.toString());
        }
        return words;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
