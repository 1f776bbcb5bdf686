package dev.berth.application.container;

import dev.berth.domain.container.DetachKeys;

import java.io.InputStream;
import java.util.Optional;

/**
 * What an attached client exchanges with a container: its input (when it sends one, {@code docker attach} or
 * {@code run -i}), which output streams it reads, and the keys that detach it from a TTY container.
 */
public record AttachStreams(Optional<InputStream> stdin, boolean stdout, boolean stderr, DetachKeys detachKeys) {

    public AttachStreams {
        detachKeys = detachKeys == null ? DetachKeys.DEFAULT : detachKeys;
    }

    public static AttachStreams output(boolean stdout, boolean stderr) {
        return new AttachStreams(Optional.empty(), stdout, stderr, DetachKeys.DEFAULT);
    }

    public static AttachStreams withStdin(InputStream stdin, boolean stdout, boolean stderr) {
        return new AttachStreams(Optional.of(stdin), stdout, stderr, DetachKeys.DEFAULT);
    }

    public AttachStreams withDetachKeys(DetachKeys keys) {
        return new AttachStreams(stdin, stdout, stderr, keys);
    }
}
