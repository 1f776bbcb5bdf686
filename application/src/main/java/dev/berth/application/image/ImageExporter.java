package dev.berth.application.image;

import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.ContentStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code docker save}: picks images as dockerd does (a reference saves that tag, a bare repository name every tag
 * of it, an ID the image without tags) and writes them as one docker-archive.
 */
final class ImageExporter {

    private static final Pattern FULL_HEX = Pattern.compile("[0-9a-f]{64}");

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final ImageArchive archive;

    ImageExporter(ImageCatalog catalog, ContentStore content, ImageArchive archive) {
        this.catalog = catalog;
        this.content = content;
        this.archive = archive;
    }

    ImageExport export(List<String> names) {
        Map<ImageId, List<ImageReference>> selected = new LinkedHashMap<>();
        for (String name : names) {
            select(name, selected);
        }
        List<ArchiveImage> images = new ArrayList<>();
        selected.forEach((id, tags) -> images.add(
                new ArchiveImage(id.digest(), catalog.config(id).diffIds(), tags)));
        return out -> archive.write(images, content, out);
    }

    private void select(String name, Map<ImageId, List<ImageReference>> selected) {
        Optional<ImageReference> repository = repositoryOnly(name);
        if (repository.isPresent()) {
            String wanted = repository.get().repository();
            var tagged = catalog.store().references().entrySet().stream()
                    .filter(e -> e.getKey().repository().equals(wanted))
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(ImageReference::toString)))
                    .toList();
            if (!tagged.isEmpty()) {
                tagged.forEach(e -> add(selected, e.getValue(), Optional.of(e.getKey())));
                return;
            }
        }
        ImageId id = catalog.resolve(name);
        add(selected, id, catalog.storedReference(name));
    }

    /** A name without tag or digest that is not an ID: it stands for its whole repository. */
    private static Optional<ImageReference> repositoryOnly(String name) {
        if (FULL_HEX.matcher(name).matches() || Digest.isDigest(name)) {
            return Optional.empty();
        }
        ImageReference reference = ImageReference.parseRepository(name);
        return reference.tag() == null && reference.digest() == null ? Optional.of(reference) : Optional.empty();
    }

    private static void add(Map<ImageId, List<ImageReference>> selected, ImageId id, Optional<ImageReference> tag) {
        List<ImageReference> tags = selected.computeIfAbsent(id, k -> new ArrayList<>());
        tag.filter(t -> !tags.contains(t)).ifPresent(tags::add);
    }
}
