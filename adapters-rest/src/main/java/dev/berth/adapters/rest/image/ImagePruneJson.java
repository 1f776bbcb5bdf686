package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.image.ImagePruneReport;

import java.util.List;

/** {@code POST /images/prune} (ImagePruneResponse). */
public record ImagePruneJson(@JsonProperty("ImagesDeleted") List<ImageDeleteJson> imagesDeleted,
                             @JsonProperty("SpaceReclaimed") long spaceReclaimed) {

    public static ImagePruneJson from(ImagePruneReport report) {
        return new ImagePruneJson(report.deleted().stream().map(ImageDeleteJson::from).toList(),
                report.spaceReclaimed());
    }
}
