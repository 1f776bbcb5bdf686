package dev.berth.application.system;

/** How many images the store holds; the image side provides it. */
@FunctionalInterface
public interface ImageCounter {

    int count();
}
