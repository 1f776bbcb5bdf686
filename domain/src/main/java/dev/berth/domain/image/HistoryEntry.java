package dev.berth.domain.image;

import java.time.Instant;

/** One step of how an image was made; {@code emptyLayer} steps added no layer. */
public record HistoryEntry(Instant created, String createdBy, String author, String comment, boolean emptyLayer) {
}
