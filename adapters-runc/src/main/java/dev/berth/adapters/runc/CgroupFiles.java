package dev.berth.adapters.runc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of cgroup interface files. A missing file is a controller the container's cgroup does not have (or a
 * kernel without that statistic): it reads as nothing, the statistic as zero, as dockerd leaves it.
 */
final class CgroupFiles {

    /** What {@code memory.max} and {@code pids.max} say when there is no limit. */
    static final long UNLIMITED = Long.MAX_VALUE;

    private CgroupFiles() {
    }

    static Optional<String> text(Path file) throws IOException {
        try {
            return Optional.of(Files.readString(file).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** One number; {@code max} is {@link #UNLIMITED}. */
    static long number(Path file) throws IOException {
        return text(file).filter(t -> !t.isEmpty()).map(t -> t.equals("max") ? UNLIMITED : Long.parseLong(t))
                .orElse(0L);
    }

    /** Numbers separated by spaces ({@code cpuacct.usage_percpu}). */
    static List<Long> numbers(Path file) throws IOException {
        return text(file).filter(t -> !t.isEmpty())
                .map(t -> Arrays.stream(t.split("\\s+")).map(Long::parseLong).toList()).orElse(List.of());
    }

    /** {@code key value} lines ({@code memory.stat}, {@code cpu.stat}), in file order. */
    static Map<String, Long> keyed(Path file) throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : text(file).orElse("").split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 2) {
                values.put(fields[0], Long.parseLong(fields[1]));
            }
        }
        return values;
    }
}
