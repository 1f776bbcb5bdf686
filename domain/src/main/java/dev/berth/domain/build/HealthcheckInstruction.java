package dev.berth.domain.build;

import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.error.InvalidParameter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HEALTHCHECK as moby's dispatcher reads it: {@code NONE}, or {@code CMD} in exec form ({@code ["CMD", args...]})
 * or shell form ({@code ["CMD-SHELL", command]}), with {@code --interval}, {@code --timeout},
 * {@code --start-period} (Go durations, 0 or at least 1 ms) and {@code --retries} (not negative).
 */
public final class HealthcheckInstruction {

    private static final Duration MINIMUM = Duration.ofMillis(1);

    private HealthcheckInstruction() {
    }

    public static Healthcheck parse(Instruction instruction) {
        String text = instruction.text().strip();
        String[] words = text.split("\\s+", 2);
        String type = words[0].toUpperCase(Locale.ROOT);
        if (type.equals("NONE")) {
            if (words.length > 1 || !instruction.flags().isEmpty()) {
                throw new InvalidParameter("HEALTHCHECK NONE takes no arguments");
            }
            return new Healthcheck(List.of("NONE"), null, null, null, 0);
        }
        if (!type.equals("CMD")) {
            throw new InvalidParameter("Unknown type \"" + words[0] + "\" in HEALTHCHECK (try CMD)");
        }
        if (words.length < 2 || words[1].isBlank()) {
            throw new InvalidParameter("Missing command after HEALTHCHECK CMD");
        }
        List<String> test = new ArrayList<>();
        var exec = JsonArray.parse(words[1]);
        if (exec.isPresent()) {
            test.add("CMD");
            test.addAll(exec.get());
        } else {
            test.add("CMD-SHELL");
            test.add(words[1]);
        }
        return new Healthcheck(test, duration(instruction, "interval"), duration(instruction, "timeout"),
                duration(instruction, "start-period"), retries(instruction));
    }

    private static Duration duration(Instruction instruction, String flag) {
        String value = instruction.flag(flag);
        if (value == null || value.isEmpty()) {
            return Duration.ZERO;
        }
        Duration duration = GoDuration.parse(value);
        if (!duration.isZero() && duration.compareTo(MINIMUM) < 0) {
            throw new InvalidParameter("Interval \"" + flag + "\" cannot be less than 1ms");
        }
        return duration;
    }

    private static int retries(Instruction instruction) {
        String value = instruction.flag("retries");
        if (value == null || value.isEmpty()) {
            return 0;
        }
        try {
            int retries = Integer.parseInt(value);
            if (retries < 0) {
                throw new InvalidParameter("--retries cannot be negative (" + retries + ")");
            }
            return retries;
        } catch (NumberFormatException e) {
            throw new InvalidParameter("--retries: invalid number " + value);
        }
    }
}
