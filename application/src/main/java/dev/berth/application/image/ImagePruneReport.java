package dev.berth.application.image;

import java.util.List;

/** What a prune removed, as {@code docker image prune} prints it, and the unpacked bytes it freed. */
public record ImagePruneReport(List<ImageDeletion> deleted, long spaceReclaimed) {

    public ImagePruneReport {
        deleted = List.copyOf(deleted);
    }
}
