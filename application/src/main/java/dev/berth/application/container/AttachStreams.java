package dev.berth.application.container;

import java.io.InputStream;
import java.util.Optional;

/**
 * What an attached client exchanges with a container: its input (when it sends one, {@code docker attach} or
 * {@code run -i}) and which output streams it reads.
 */
public record AttachStreams(Optional<InputStream> stdin, boolean stdout, boolean stderr) {

    public static AttachStreams output(boolean stdout, boolean stderr) {
        return new AttachStreams(Optional.empty(), stdout, stderr);
    }

    public static AttachStreams withStdin(InputStream stdin, boolean stdout, boolean stderr) {
        return new AttachStreams(Optional.of(stdin), stdout, stderr);
    }
}
