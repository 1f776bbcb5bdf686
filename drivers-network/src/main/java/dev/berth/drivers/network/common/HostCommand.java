package dev.berth.drivers.network.common;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code ip} and {@code iptables}: the field's tools for devices, namespaces and packet rules. */
public final class HostCommand {

    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private HostCommand() {
    }

    public static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new SystemFault("running " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted running " + String.join(" ", command), e);
        }
    }

    /** Runs the command; SystemFault with its output when it fails. */
    public static String require(List<String> command) {
        Result result = run(command);
        if (!result.ok()) {
            throw new SystemFault(String.join(" ", command) + ": " + result.output());
        }
        return result.output();
    }

    public static String require(String... command) {
        return require(List.of(command));
    }
}
