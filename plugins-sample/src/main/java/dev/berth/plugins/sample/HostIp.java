package dev.berth.plugins.sample;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The sample network plugin's devices are made with {@code ip}, as a plugin written in any language would. */
final class HostIp {

    private HostIp() {
    }

    /** Whether {@code ip args...} succeeded. */
    static boolean tryRun(String... args) {
        return exec(args).exitCode == 0;
    }

    static void run(String... args) {
        Result result = exec(args);
        if (result.exitCode != 0) {
            throw new SystemFault("ip " + String.join(" ", args) + ": " + result.output);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result exec(String... args) {
        try {
            Process process = new ProcessBuilder(concat(args)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new SystemFault("running ip: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted running ip", e);
        }
    }

    private static List<String> concat(String... args) {
        return Stream.concat(Stream.of("ip"), Arrays.stream(args)).toList();
    }
}
