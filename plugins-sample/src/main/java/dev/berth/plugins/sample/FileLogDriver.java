package dev.berth.plugins.sample;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.logging.LogDriver;
import dev.berth.domain.logging.LoggedContainer;
import dev.berth.domain.runtime.LogEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The sample log driver: each container's entries appended to {@code <root>/<container id>.log}, one
 * {@code <stream> <text>} a line ({@code (partial)} after a text no newline ended), and each StartLogging and
 * StopLogging recorded in the call log.
 */
final class FileLogDriver implements LogDriver {

    private final Path root;
    private final CallLog calls;

    FileLogDriver(Path root) throws IOException {
        this.root = root;
        this.calls = new CallLog(root);
    }

    @Override
    public String name() {
        return "sample-log";
    }

    @Override
    public LogWriter open(LoggedContainer container) {
        calls.record("StartLogging " + container.id() + " " + container.name() + " " + container.options());
        OutputStream out;
        try {
            out = Files.newOutputStream(root.resolve(container.id() + ".log"), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SystemFault("opening the log of " + container.id() + ": " + e.getMessage(), e);
        }
        return new LogWriter() {
            @Override
            public void write(LogEntry entry) {
                String text = new String(entry.content(), StandardCharsets.UTF_8);
                String line = text.endsWith("\n") ? text : text + " (partial)\n";
                try {
                    out.write((entry.stream().name().toLowerCase() + " " + line).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    throw new SystemFault("writing the log of " + container.id() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new SystemFault("closing the log of " + container.id() + ": " + e.getMessage(), e);
                } finally {
                    calls.record("StopLogging " + container.id());
                }
            }
        };
    }
}
