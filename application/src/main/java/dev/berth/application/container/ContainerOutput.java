package dev.berth.application.container;

import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.LogQuery;

/** A container's output: its log, and the live stream an attached client sees. */
public interface ContainerOutput {

    void logs(String ref, LogQuery query, LogSink sink);

    /** Delivers what the container writes from now until its next exit. */
    void attach(String ref, boolean stdout, boolean stderr, LogSink sink);
}
