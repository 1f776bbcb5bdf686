package dev.berth.application.image;

/** One line of {@code docker rmi}'s answer. */
public sealed interface ImageDeletion {

    /** A reference removed: {@code Untagged: busybox:latest}. */
    record Untagged(String reference) implements ImageDeletion {
    }

    /** An image or layer removed: {@code Deleted: sha256:...}. */
    record Deleted(String digest) implements ImageDeletion {
    }
}
