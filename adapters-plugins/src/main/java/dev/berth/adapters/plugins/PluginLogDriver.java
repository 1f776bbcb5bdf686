package dev.berth.adapters.plugins;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.logging.LogDriver;
import dev.berth.domain.logging.LoggedContainer;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.plugins.sdk.logging.LogFrames;
import dev.berth.plugins.sdk.logging.LogWire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A log driver plugin: each run gets a FIFO of its own, announced with {@code StartLogging}, written with
 * {@link LogFrames} and closed before {@code StopLogging}, after which it is removed, as dockerd does.
 */
final class PluginLogDriver implements LogDriver {

    private final ActivePlugin plugin;
    private final Path fifoDir;

    PluginLogDriver(ActivePlugin plugin, Path fifoDir) {
        this.plugin = plugin;
        this.fifoDir = fifoDir;
    }

    @Override
    public String name() {
        return plugin.name();
    }

    @Override
    public LogWriter open(LoggedContainer container) {
        Path fifo = fifoDir.resolve(container.id() + "-" + UUID.randomUUID());
        FileChannel channel = Fifo.create(fifo);
        try {
            plugin.client().call(LogWire.START, LogWire.start(fifo.toString(), container));
        } catch (RuntimeException e) {
            Fifo.discard(fifo, channel);
            throw e;
        }
        return new LogWriter() {
            @Override
            public void write(LogEntry entry) {
                ByteBuffer frame = LogFrames.encode(entry);
                try {
                    while (frame.hasRemaining()) {
                        channel.write(frame);
                    }
                } catch (IOException e) {
                    throw new SystemFault("log driver " + name() + " stopped reading " + fifo + ": "
                            + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                Fifo.closeQuietly(channel); // the plugin reads to the end of the stream, then answers StopLogging
                try {
                    plugin.client().call(LogWire.STOP, LogWire.stop(fifo.toString()));
                } finally {
                    Fifo.discard(fifo, channel);
                }
            }
        };
    }

    /** The FIFO files; opened read-write so that opening never waits for the plugin to open its end. */
    private static final class Fifo {

        static FileChannel create(Path fifo) {
            try {
                Files.createDirectories(fifo.getParent());
                Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString())
                        .redirectErrorStream(true).start();
                String output = new String(mkfifo.getInputStream().readAllBytes()).trim();
                if (mkfifo.waitFor() != 0) {
                    throw new SystemFault("mkfifo " + fifo + ": " + output);
                }
                return FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new SystemFault("creating the log FIFO " + fifo + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SystemFault("interrupted while creating " + fifo, e);
            }
        }

        static void discard(Path fifo, FileChannel channel) {
            closeQuietly(channel);
            try {
                Files.deleteIfExists(fifo);
            } catch (IOException ignored) {
                // a FIFO left in the exec root holds no data and goes with it
            }
        }

        static void closeQuietly(FileChannel channel) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was buffered: a FIFO write is done when it returns
            }
        }
    }
}
