package dev.berth.plugins.sdk.logging;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.logging.LogDriver;
import dev.berth.domain.logging.LogDriver.LogWriter;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.plugins.sdk.protocol.PluginServer;
import dev.berth.plugins.sdk.protocol.PluginServer.Endpoint;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves a {@link LogDriver} as a Docker log driver plugin: for each {@code StartLogging} it opens a
 * {@link LogWriter}, feeds it every entry read from the run's FIFO and closes it at {@code StopLogging}, once the
 * FIFO is drained (the daemon closes its end first). {@code docker run --log-driver NAME} then sends a container's
 * output to it, with dockerd or berthd.
 */
public final class LogDriverPlugin {

    private static final Logger LOG = Logger.getLogger(LogDriverPlugin.class.getName());
    /** How long StopLogging waits for the rest of the FIFO before closing the writer anyway. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final LogDriver driver;
    private final Map<String, Thread> readers = new ConcurrentHashMap<>();

    private LogDriverPlugin(LogDriver driver) {
        this.driver = driver;
    }

    public static PluginServer serve(Path socket, LogDriver driver) throws IOException {
        return PluginServer.start(socket, List.of(LogWire.PROTOCOL), new LogDriverPlugin(driver).endpoints());
    }

    private Map<String, Endpoint> endpoints() {
        return Map.of(
                "/" + LogWire.START, r -> {
                    start(LogWire.file(r), driver.open(LogWire.container(r)));
                    return Map.of();
                },
                "/" + LogWire.STOP, r -> {
                    stop(LogWire.file(r));
                    return Map.of();
                },
                "/" + LogWire.CAPABILITIES, r -> Map.of("Cap", Map.of("ReadLogs", false)));
    }

    private void start(String fifo, LogWriter writer) {
        // Opening a FIFO to read waits for a writer: dockerd opens its end only after this call answers.
        readers.put(fifo, Thread.ofVirtual().name("log-fifo").start(() -> {
            try (writer; InputStream in = new BufferedInputStream(new FileInputStream(fifo))) {
                for (Optional<LogEntry> entry = LogFrames.read(in); entry.isPresent(); entry = LogFrames.read(in)) {
                    writer.write(entry.get());
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "log stream " + fifo + " ended: " + e.getMessage());
            }
        }));
    }

    private void stop(String fifo) {
        Thread reader = readers.remove(fifo);
        if (reader == null) {
            throw new NotFound("not logging from " + fifo);
        }
        try {
            if (!reader.join(DRAIN)) {
                throw new SystemFault("the log stream " + fifo + " did not end within " + DRAIN.toSeconds() + "s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while draining " + fifo, e);
        }
    }
}
