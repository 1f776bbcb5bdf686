package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageReference;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code docker images}: filters as dockerd applies them (all filters must hold; within {@code reference} any
 * glob may match, and only the matching references are listed), newest image first.
 */
final class ImageListing {

    private final ImageCatalog catalog;

    ImageListing(ImageCatalog catalog) {
        this.catalog = catalog;
    }

    List<Image> list(ImageListFilter filter) {
        List<ReferenceGlob> globs = filter.references().stream().map(ReferenceGlob::compile).toList();
        Predicate<Image> created = createdBounds(filter);
        return catalog.all().stream()
                .filter(image -> filter.dangling() == null || filter.dangling() == image.references().isEmpty())
                .filter(image -> filter.labels().stream().allMatch(label -> hasLabel(image, label)))
                .filter(created)
                .map(image -> globs.isEmpty() ? Optional.of(image) : matchingReferences(image, globs))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ImageListing::created).reversed())
                .toList();
    }

    /** The image with only the references some glob matches; none when no reference matches. */
    private static Optional<Image> matchingReferences(Image image, List<ReferenceGlob> globs) {
        List<ImageReference> matching = image.references().stream()
                .filter(reference -> globs.stream().anyMatch(glob -> glob.matches(reference)))
                .toList();
        return matching.isEmpty() ? Optional.empty()
                : Optional.of(new Image(image.id(), image.config(), matching, image.size()));
    }

    /** {@code label} is {@code key} (present) or {@code key=value} (equal). */
    static boolean hasLabel(Image image, String label) {
        Map<String, String> labels = image.config().config().labels();
        int equals = label.indexOf('=');
        return equals < 0 ? labels.containsKey(label)
                : label.substring(equals + 1).equals(labels.get(label.substring(0, equals)));
    }

    private Predicate<Image> createdBounds(ImageListFilter filter) {
        Instant before = filter.before() == null ? null : created(named(filter.before()));
        Instant since = filter.since() == null ? null : created(named(filter.since()));
        return image -> (before == null || created(image).isBefore(before))
                && (since == null || created(image).isAfter(since));
    }

    private Image named(String name) {
        try {
            return catalog.image(catalog.resolve(name));
        } catch (InvalidParameter e) {
            throw new InvalidParameter("invalid filter value " + name + ": " + e.getMessage(), e);
        }
    }

    /** Images without a creation date sort last and count as oldest. */
    static Instant created(Image image) {
        return image.config().created() == null ? Instant.EPOCH : image.config().created();
    }
}
