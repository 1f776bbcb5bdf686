package dev.berth.application.container;

import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.LogQuery;

/** A container's output: its log, and the live stream an attached client sees. */
public interface ContainerOutput {

    void logs(String ref, LogQuery query, LogSink sink);

    /** Delivers what the container writes from now until its next exit. */
    default void attach(String ref, boolean stdout, boolean stderr, LogSink sink) {
        attach(attachPoint(ref), AttachStreams.output(stdout, stderr), sink);
    }

    /** Now, in the life of container {@code ref}: an attach to come starts there. */
    AttachPoint attachPoint(String ref);

    /**
     * Delivers what the container writes from the point on until the exit after it, and copies the client's stdin
     * (if any) to the container once it runs. The client's end of input ends the session, unless the container
     * closes its stdin then ({@code StdinOnce}) and goes on to its exit.
     */
    void attach(AttachPoint point, AttachStreams streams, LogSink sink);
}
