package dev.berth.application.container;

import dev.berth.domain.storage.Change;

import java.util.List;

/** {@code docker diff}: what a container changed in its filesystem, running or not. */
public interface ContainerDiff {

    /** NotFound ("No such container: x") for an unknown container. */
    List<Change> changes(String ref);
}
