package dev.berth.application.image;

import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.image.ImageStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryImageStore implements ImageStore {

    private final Map<ImageId, ImageRecord> images = new LinkedHashMap<>();
    private final Map<ImageReference, ImageId> references = new LinkedHashMap<>();

    @Override
    public List<ImageRecord> images() {
        return List.copyOf(images.values());
    }

    @Override
    public Optional<ImageRecord> image(ImageId id) {
        return Optional.ofNullable(images.get(id));
    }

    @Override
    public void put(ImageRecord record) {
        images.put(record.id(), record);
    }

    @Override
    public void remove(ImageId id) {
        images.remove(id);
        references.values().removeIf(id::equals);
    }

    @Override
    public Map<ImageReference, ImageId> references() {
        return Map.copyOf(references);
    }

    @Override
    public Optional<ImageId> tag(ImageReference reference, ImageId id) {
        ImageId previous = references.put(reference, id);
        return Objects.equals(previous, id) ? Optional.empty() : Optional.ofNullable(previous);
    }

    @Override
    public boolean untag(ImageReference reference) {
        return references.remove(reference) != null;
    }
}
