package dev.berth.application.build;

import dev.berth.application.image.ImagePull;
import dev.berth.application.image.ImageQueries;
import dev.berth.application.image.TransferEvent;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.RegistryCredentials;

import java.util.Optional;

/**
 * The images FROM and COPY {@code --from} name: local ones as they are, missing ones pulled (their progress in the
 * build's output), as dockerd's classic builder; with {@code --pull} a newer one is looked for first, and the
 * local one used when the registry cannot be reached.
 */
final class BaseImages {

    private final ImageQueries images;
    private final ImagePull pulls;
    private final boolean alwaysPull;
    private final BuildOutput output;

    BaseImages(ImageQueries images, ImagePull pulls, boolean alwaysPull, BuildOutput output) {
        this.images = images;
        this.pulls = pulls;
        this.alwaysPull = alwaysPull;
        this.output = output;
    }

    Image resolve(String name) {
        Optional<Image> local = local(name);
        if (local.isPresent() && !alwaysPull) {
            return local.get();
        }
        Optional<ImageReference> reference = reference(name);
        if (reference.isEmpty()) {
            return local.orElseThrow(() -> new NotFound("No such image: " + name));
        }
        try {
            pulls.pull(reference.get(), RegistryCredentials.ANONYMOUS).run(this::report);
        } catch (BerthException e) {
            if (local.isEmpty()) {
                throw e;
            }
            output.stream("[Warning] could not pull " + name + " (" + e.getMessage() + "): using the local image\n");
        }
        return images.resolve(name);
    }

    private Optional<Image> local(String name) {
        try {
            return Optional.of(images.resolve(name));
        } catch (NotFound missing) {
            return Optional.empty();
        }
    }

    /** Only a name can be pulled, not an image ID. */
    private static Optional<ImageReference> reference(String name) {
        try {
            return name.matches("(sha256:)?[0-9a-f]{12,64}") ? Optional.empty()
                    : Optional.of(ImageReference.parse(name));
        } catch (BerthException notAReference) {
            return Optional.empty();
        }
    }

    private void report(TransferEvent event) {
        if (event instanceof TransferEvent.Status status) {
            output.stream((status.id() == null ? "" : status.id() + ": ") + status.status() + "\n");
        }
    }
}
