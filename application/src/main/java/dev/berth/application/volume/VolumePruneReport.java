package dev.berth.application.volume;

import java.util.List;

/** The names of the volumes a prune removed and the bytes their data took. */
public record VolumePruneReport(List<String> deleted, long spaceReclaimed) {

    public VolumePruneReport {
        deleted = List.copyOf(deleted);
    }
}
