package dev.berth.application.image;

import dev.berth.domain.build.DockerfileParser;
import dev.berth.domain.build.HealthcheckInstruction;
import dev.berth.domain.build.Instruction;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ContainerDefaultsDraft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --change} instructions of {@code docker import} and {@code docker commit}, read by the Dockerfile
 * parser: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR, STOPSIGNAL and HEALTHCHECK, in exec
 * form ({@code ["a","b"]}) or shell form.
 */
public final class ConfigChanges {

    private static final List<String> SHELL = List.of("/bin/sh", "-c");

    private ConfigChanges() {
    }

    /** InvalidParameter for an instruction that does not parse or cannot change a config (RUN, FROM...). */
    public static ContainerDefaults apply(ContainerDefaults base, List<String> changes) {
        var config = new ContainerDefaultsDraft(base);
        for (String change : changes) {
            if (change.isBlank()) {
                continue;
            }
            Instruction instruction = DockerfileParser.instruction(change.strip(), 1);
            String argument = instruction.text();
            switch (instruction.keyword()) {
                case "CMD" -> config.cmd = command(instruction);
                case "ENTRYPOINT" -> config.entrypoint = command(instruction);
                case "ENV" -> pairs(argument).forEach((k, v) -> config.setEnv(k, v));
                case "LABEL" -> config.labels.putAll(pairs(argument));
                case "EXPOSE" -> words(argument).forEach(p -> config.exposedPorts.add(p.contains("/") ? p : p + "/tcp"));
                case "VOLUME" -> config.volumes.addAll(instruction.execForm() ? instruction.json() : words(argument));
                case "USER" -> config.user = argument;
                case "WORKDIR" -> config.workingDir = argument;
                case "STOPSIGNAL" -> config.stopSignal = argument;
                case "ONBUILD" -> config.onBuild.add(argument);
                case "HEALTHCHECK" -> config.healthcheck = HealthcheckInstruction.parse(instruction);
                default -> throw new InvalidParameter(instruction.keyword() + " is not a valid change command");
            }
        }
        return config.build();
    }

    /** Exec form is used as is; shell form runs through {@code /bin/sh -c}, as dockerd. */
    private static List<String> command(Instruction instruction) {
        if (instruction.execForm()) {
            return instruction.json();
        }
        var command = new ArrayList<>(SHELL);
        command.add(instruction.text());
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
