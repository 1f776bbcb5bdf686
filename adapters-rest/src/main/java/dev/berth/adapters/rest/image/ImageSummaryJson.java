package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageReference;

import java.util.List;
import java.util.Map;

/** One entry of {@code GET /images/json} (ImageSummary). */
public record ImageSummaryJson(
        @JsonProperty("Id") String id,
        @JsonProperty("ParentId") String parentId,
        @JsonProperty("RepoTags") List<String> repoTags,
        @JsonProperty("RepoDigests") List<String> repoDigests,
        @JsonProperty("Created") long created,
        @JsonProperty("Size") long size,
        @JsonProperty("SharedSize") long sharedSize,
        @JsonProperty("VirtualSize") long virtualSize,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Containers") long containers) {

    /** Not computed, as dockerd without {@code shared-size}/container counting. */
    private static final long NOT_CALCULATED = -1;

    public static ImageSummaryJson from(Image image) {
        List<String> tags = image.references().stream()
                .filter(reference -> reference.tag() != null)
                .map(ImageReference::familiar)
                .toList();
        List<String> digests = image.references().stream()
                .filter(reference -> reference.digest() != null)
                .map(ImageReference::familiar)
                .toList();
        boolean dangling = tags.isEmpty() && digests.isEmpty();
        long created = image.config().created() == null ? 0 : image.config().created().getEpochSecond();
        return new ImageSummaryJson(image.id().toString(), "",
                dangling ? List.of("<none>:<none>") : tags,
                dangling ? List.of("<none>@<none>") : digests,
                created, image.size(), NOT_CALCULATED, image.size(), image.config().config().labels(),
                NOT_CALCULATED);
    }

    /** With the figures only {@code docker system df} computes. */
    public ImageSummaryJson withUsage(long shared, long usingContainers) {
        return new ImageSummaryJson(id, parentId, repoTags, repoDigests, created, size, shared, virtualSize, labels,
                usingContainers);
    }
}
