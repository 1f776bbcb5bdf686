package dev.berth.application.image;

import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;

import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * The history of {@code image}, newest step first, as dockerd builds it: steps that added a layer get that
     * layer's size ({@code layerSizes} bottom first), the top step gets the image ID and its tags.
     */
    static List<ImageHistoryItem> of(Image image, List<Long> layerSizes) {
        var items = new ArrayList<ImageHistoryItem>();
        int layer = 0;
        for (HistoryEntry step : image.config().history()) {
            long size = !step.emptyLayer() && layer < layerSizes.size() ? layerSizes.get(layer++) : 0;
            items.add(new ImageHistoryItem(null, step.created(), step.createdBy(), List.of(), size, step.comment()));
        }
        List<ImageHistoryItem> newestFirst = new ArrayList<>(items.reversed());
        if (!newestFirst.isEmpty()) {
            ImageHistoryItem top = newestFirst.getFirst();
            newestFirst.set(0, new ImageHistoryItem(image.id(), top.created(), top.createdBy(), image.references(),
                    top.size(), top.comment()));
        }
        return List.copyOf(newestFirst);
    }
}
