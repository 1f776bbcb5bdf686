package dev.berth.application.image;

import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;

import java.time.Instant;
import java.util.List;

/**
 * One line of {@code docker history}. Only the top line names an image ({@code image}, else null: dockerd prints
 * {@code <missing>}) and carries its tags; {@code size} is the size of the layer the step added, 0 for none.
 */
public record ImageHistoryItem(ImageId image, Instant created, String createdBy, List<ImageReference> tags,
                               long size, String comment) {

    public ImageHistoryItem {
        tags = List.copyOf(tags);
    }
}
