package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;

import java.nio.file.Path;

/** The files a container's log is kept in, as the runtime's monitor writes them: measured and rotated. */
public interface LogFiles {

    /** The current file's size in bytes; 0 when there is none yet. */
    long size(Path logFile);

    /**
     * Makes the current file the newest rotated one ({@code <log>.1}, older ones shifted up to {@code <log>.<keep-1>},
     * the oldest removed; with {@code keep} 1 it is removed), then has the monitor of container {@code id} start a new
     * current file. Output written meanwhile lands in the rotated file, so nothing is lost between the two steps.
     */
    void rotate(ContainerId id, Path logFile, int keep);
}
