package dev.berth.application.image;

import dev.berth.domain.image.Image;

import java.util.List;

/** Reading the local images: {@code docker images}, {@code image inspect}, {@code history}, name resolution. */
public interface ImageQueries {

    /** Images matching {@code filter}, newest first; each lists only the references the filter matched. */
    List<Image> list(ImageListFilter filter);

    /** NotFound {@code No such image: <name>} when nothing matches. */
    ImageDetails inspect(String name);

    /** Newest step first. */
    List<ImageHistoryItem> history(String name);

    /**
     * Resolves a name as dockerd does: {@code sha256:<64 hex>}, 64 hex, a reference (no tag means
     * {@code :latest}), or a unique prefix of an image ID.
     */
    Image resolve(String name);
}
