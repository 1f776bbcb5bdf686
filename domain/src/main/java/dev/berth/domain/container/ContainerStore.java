package dev.berth.domain.container;

import java.nio.file.Path;
import java.util.List;

/** Where container records and their logs live, so that they survive a daemon restart or crash. */
public interface ContainerStore {

    /** Writes the record atomically: after a crash either the old or the new record is found. */
    void save(Container container);

    /** Removes the record and everything kept beside it (logs). */
    void delete(ContainerId id);

    List<Container> loadAll();

    /** The file the container's output is logged to; its directory exists. */
    Path logFile(ContainerId id);
}
