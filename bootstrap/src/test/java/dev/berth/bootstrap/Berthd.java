package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The packaged daemon ({@code target/quarkus-app}) run as a real process on a private socket, data root and exec
 * root, and spoken to with curl over its Unix socket.
 */
final class Berthd implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Path socket;
    private final List<String> extraArgs;
    private final java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
    private Process process;

    Berthd(Path dir, String... extraArgs) {
        this.dir = dir;
        this.socket = dir.resolve("berth.sock");
        this.extraArgs = List.of(extraArgs);
    }

    /** An environment variable for the daemon (a configuration property such as BERTH_PLUGINS_CALL_TIMEOUT). */
    Berthd env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Berthd start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toAbsolutePath().toString(),
                "-H", "unix://" + socket, "--data-root", dir.resolve("data").toString(),
                "--exec-root", dir.resolve("exec").toString()));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("berthd.log").toFile()))
                .start();
        try {
            awaitTrue(Duration.ofSeconds(60), () -> {
                try {
                    return send("GET", "/_ping", null).status() > 0; // any answer: authorization may refuse the ping
                } catch (IOException | RuntimeException notYet) {
                    return false;
                }
            }, "berthd did not answer /_ping");
        } catch (AssertionError notStarted) {
            // the log lives in a temporary directory that JUnit removes: keep its end in the failure
            throw new AssertionError(notStarted.getMessage() + "; its log ends with:\n" + logTail(), notStarted);
        }
        return this;
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("berthd.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** SIGHUP: dockerd's signal to reload the configuration. */
    void hangUp() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor();
    }

    /** SIGKILL: the daemon gets no chance to clean up. */
    void kill9() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The body of the answer; a non-2xx status is an IllegalStateException with the body. */
    String call(String method, String path, Path body) throws IOException {
        Answer answer = send(method, path, body);
        if (answer.status() < 200 || answer.status() > 299) {
            throw new IllegalStateException(method + " " + path + " -> " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    /** The status and body of an answer; 0 when no HTTP answer came. */
    record Answer(int status, String body) {
    }

    Answer send(String method, String path, Path body) throws IOException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--unix-socket", socket.toString(), "-X",
                method, "-w", "\n%{http_code}", "-H", "Content-Type: application/json"));
        if (body != null) {
            command.addAll(List.of("--data-binary", "@" + body));
        }
        command.add("http://berth" + path);
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int newline = out.lastIndexOf('\n');
        int status = newline < 0 ? 0 : Integer.parseInt(out.substring(newline + 1).trim());
        String content = newline < 0 ? out : out.substring(0, newline);
        return new Answer(status, content);
    }

    Answer sendJson(String method, String path, String json) throws IOException {
        return send(method, path, json == null ? null
                : Files.writeString(Files.createTempFile(dir, "body", ".json"), json));
    }

    JsonNode json(String method, String path, String body) throws IOException {
        Path file = null;
        if (body != null) {
            file = Files.writeString(Files.createTempFile(dir, "body", ".json"), body);
        }
        return JSON.readTree(call(method, path, file));
    }

    static void awaitTrue(Duration timeout, BooleanSupplier condition, String failure) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(Duration.ofMillis(100)); // polling interval, not a timed assertion
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
