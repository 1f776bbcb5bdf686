package dev.berth.application.image;

import java.util.List;

/**
 * The filters of {@code docker images}: reference globs (any may match), labels ({@code key} or {@code key=value},
 * all must match), dangling (null: either), and images created before/since a named one (null: no bound).
 */
public record ImageListFilter(List<String> references, List<String> labels, Boolean dangling, String before,
                              String since) {

    public static final ImageListFilter NONE = new ImageListFilter(List.of(), List.of(), null, null, null);

    public ImageListFilter {
        references = List.copyOf(references);
        labels = List.copyOf(labels);
    }
}
