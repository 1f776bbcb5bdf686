package dev.berth.application.build;

import dev.berth.domain.image.ImageId;

/** A build whose context and Dockerfile are read, ready to run its steps. */
public interface PreparedBuild extends AutoCloseable {

    /**
     * Runs every step, telling {@code output} as dockerd's classic builder does, tags the result and returns it.
     * BuildFailed when a step fails; a failure of {@code output} (the client went away) stops the running step.
     */
    ImageId run(BuildOutput output);

    /** The client went away: the running step's container is killed and no further step starts. */
    void cancel();

    /** Removes the build's files. */
    @Override
    void close();
}
