package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerDiff;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.storage.Change;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Diff use case for API tests: container {@code box} added, changed and deleted one file each. */
@ApplicationScoped
public class StubContainerDiff implements ContainerDiff {

    @Override
    public List<Change> changes(String ref) {
        if (!ref.equals(StubContainerArchive.CONTAINER)) {
            throw new NotFound("No such container: " + ref);
        }
        return List.of(new Change("/etc", Change.Kind.MODIFIED), new Change("/etc/group", Change.Kind.DELETED),
                new Change("/newfile", Change.Kind.ADDED));
    }
}
