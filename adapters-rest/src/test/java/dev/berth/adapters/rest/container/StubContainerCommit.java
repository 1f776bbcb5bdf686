package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerCommit;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/** Commit use case for API tests: {@code box} commits, a change starting with RUN is refused; it keeps the last request. */
@ApplicationScoped
public class StubContainerCommit implements ContainerCommit {

    static final ImageId ID = new ImageId(Digest.of("committed".getBytes(StandardCharsets.UTF_8)));

    private volatile Request last;

    /** The last request committed (a method: the injected bean is a client proxy). */
    Request last() {
        return last;
    }

    @Override
    public ImageId commit(Request request) {
        if (!request.container().equals(StubContainerArchive.CONTAINER)) {
            throw new NotFound("No such container: " + request.container());
        }
        if (request.changes().stream().anyMatch(c -> c.startsWith("RUN"))) {
            throw new InvalidParameter("RUN is not a valid change command");
        }
        last = request;
        return ID;
    }
}
