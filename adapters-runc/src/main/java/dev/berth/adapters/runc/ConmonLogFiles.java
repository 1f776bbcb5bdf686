package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.LogFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CRI log conmon writes, rotated as dockerd's json-file is: the current file is renamed aside, then conmon's
 * control FIFO ({@code 2}, its reopen-logs event) has it start a new one, so lines written between the two steps land
 * at the end of the renamed file.
 */
public final class ConmonLogFiles implements LogFiles {

    private final BundleLayout layout;

    private ConmonLogFiles(BundleLayout layout) {
        this.layout = layout;
    }

    public static ConmonLogFiles under(Path execRoot) {
        return new ConmonLogFiles(BundleLayout.under(execRoot));
    }

    /** {@code <log>.<n>}, the n-th newest rotated file. */
    static Path rotated(Path logFile, int n) {
        return logFile.resolveSibling(logFile.getFileName() + "." + n);
    }

    @Override
    public long size(Path logFile) {
        try {
            return Files.size(logFile);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new SystemFault("reading the size of " + logFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void rotate(ContainerId id, Path logFile, int keep) {
        try {
            if (keep == 1) {
                Files.deleteIfExists(logFile);
            } else {
                Files.deleteIfExists(rotated(logFile, keep - 1));
                for (int n = keep - 2; n >= 1; n--) {
                    if (Files.exists(rotated(logFile, n))) {
                        Files.move(rotated(logFile, n), rotated(logFile, n + 1), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                Files.move(logFile, rotated(logFile, 1), StandardCopyOption.ATOMIC_MOVE);
            }
            // A monitor already gone has nothing more to write: its next run opens a new file anyway.
            ControlFifo.write(layout.controlFifo(id), ControlFifo.reopenLogsMessage());
        } catch (NoSuchFileException e) {
            // rotated by a check that ran just before, or the container was removed meanwhile
        } catch (IOException e) {
            throw new SystemFault("rotating the log of " + id + ": " + e.getMessage(), e);
        }
    }
}
