package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.image.ImageHistoryItem;
import dev.berth.domain.image.ImageReference;

import java.util.List;

/** One entry of {@code GET /images/{name}/history} (HistoryResponseItem). */
public record ImageHistoryJson(
        @JsonProperty("Id") String id,
        @JsonProperty("Created") long created,
        @JsonProperty("CreatedBy") String createdBy,
        @JsonProperty("Tags") List<String> tags,
        @JsonProperty("Size") long size,
        @JsonProperty("Comment") String comment) {

    /** What dockerd shows for steps whose image it does not have (every step below the top one here). */
    static final String MISSING = "<missing>";

    public static ImageHistoryJson from(ImageHistoryItem item) {
        return new ImageHistoryJson(item.image() == null ? MISSING : item.image().toString(),
                item.created() == null ? 0 : item.created().getEpochSecond(),
                item.createdBy() == null ? "" : item.createdBy(),
                item.tags().stream().map(ImageReference::familiar).toList(),
                item.size(), item.comment() == null ? "" : item.comment());
    }
}
