package dev.berth.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The plugins-sample plugins as the ITs run them: a process of their own, and the calls they recorded. */
final class SamplePlugins {

    private SamplePlugins() {
    }

    /** Runs {@code main} with {@code args} on this test's class path, its output in {@code log}. */
    static Process start(Class<?> main, Path log, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The lines of {@code <root>/calls.log}, where the samples record each call they get. */
    static List<String> calls(Path root) {
        try {
            Path log = root.resolve("calls.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
