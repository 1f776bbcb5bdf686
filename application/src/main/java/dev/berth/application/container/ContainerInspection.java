package dev.berth.application.container;

import dev.berth.domain.container.Container;

import java.util.List;

/** Reading container records. */
public interface ContainerInspection {

    /** NotFound ("No such container: x") when nothing matches. */
    Container find(String ref);

    /** Every container, newest first. */
    List<Container> all();

    List<Container> list(ContainerFilter filter);
}
