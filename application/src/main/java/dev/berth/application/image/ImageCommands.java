package dev.berth.application.image;

import java.util.List;

/** Changing the local images: {@code docker tag} and {@code docker rmi}. */
public interface ImageCommands {

    /** Points {@code repository:tag} (tag empty means latest) at the image {@code source} names. */
    void tag(String source, String repository, String tag);

    /**
     * Untags a reference, deleting the image with its last reference, or deletes an image given by ID; returns
     * what was untagged and deleted, as {@code docker rmi} prints it. Conflict when containers use the image.
     */
    List<ImageDeletion> remove(String name, boolean force, boolean prune);

    /** Removes the unused images {@code filter} selects, with their references and unshared layers. */
    ImagePruneReport prune(ImagePruneFilter filter);
}
