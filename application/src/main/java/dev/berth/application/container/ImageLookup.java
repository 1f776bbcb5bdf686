package dev.berth.application.container;

import dev.berth.domain.image.Image;

/** Finds the image a container is created from; NotFound ("No such image: x") when it is missing. */
@FunctionalInterface
public interface ImageLookup {

    Image resolve(String name);
}
