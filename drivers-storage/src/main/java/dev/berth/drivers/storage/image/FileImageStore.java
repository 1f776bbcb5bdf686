package dev.berth.drivers.storage.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.image.ImageStore;
import dev.berth.drivers.storage.common.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The image index as one JSON file ({@code <root>/images.json}), kept in memory and rewritten atomically on every
 * change. The index is small (one line per image and tag), so a whole-file rewrite keeps it simple and consistent.
 */
public final class FileImageStore implements ImageStore {

    private static final String FILE_NAME = "images.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<ImageId, ImageRecord> images = new LinkedHashMap<>();
    private final Map<ImageReference, ImageId> references = new LinkedHashMap<>();

    public FileImageStore(Path root) {
        this.file = root.resolve(FILE_NAME);
        try {
            Files.createDirectories(root);
            if (Files.exists(file)) {
                load(json.readValue(file.toFile(), IndexJson.class));
            }
        } catch (IOException e) {
            throw new SystemFault("cannot read the image index " + file + ": " + e.getMessage(), e);
        }
    }

    private void load(IndexJson index) {
        for (ImageJson image : index.images()) {
            ImageId id = new ImageId(Digest.parse(image.id()));
            images.put(id, new ImageRecord(id, image.layerSizes()));
        }
        index.references().forEach((ref, id) -> references.put(ImageReference.parse(ref), ImageId.parse(id)));
    }

    @Override
    public synchronized List<ImageRecord> images() {
        return List.copyOf(images.values());
    }

    @Override
    public synchronized Optional<ImageRecord> image(ImageId id) {
        return Optional.ofNullable(images.get(id));
    }

    @Override
    public synchronized void put(ImageRecord record) {
        change((records, names) -> records.put(record.id(), record));
    }

    @Override
    public synchronized void remove(ImageId id) {
        change((records, names) -> {
            records.remove(id);
            names.values().removeIf(id::equals);
        });
    }

    @Override
    public synchronized Map<ImageReference, ImageId> references() {
        return Map.copyOf(references);
    }

    @Override
    public synchronized Optional<ImageId> tag(ImageReference reference, ImageId id) {
        ImageId previous = references.get(reference);
        change((records, names) -> names.put(reference, id));
        return Objects.equals(previous, id) ? Optional.empty() : Optional.ofNullable(previous);
    }

    @Override
    public synchronized boolean untag(ImageReference reference) {
        if (!references.containsKey(reference)) {
            return false;
        }
        change((records, names) -> names.remove(reference));
        return true;
    }

    /** Applies a change to copies, writes them, and only then adopts them: a failed write changes nothing. */
    private void change(BiConsumer<Map<ImageId, ImageRecord>, Map<ImageReference, ImageId>> change) {
        var newImages = new LinkedHashMap<>(images);
        var newReferences = new LinkedHashMap<>(references);
        change.accept(newImages, newReferences);
        save(newImages, newReferences);
        images.clear();
        images.putAll(newImages);
        references.clear();
        references.putAll(newReferences);
    }

    private void save(Map<ImageId, ImageRecord> images, Map<ImageReference, ImageId> references) {
        var imageJson = new ArrayList<ImageJson>(images.size());
        images.values().forEach(r -> imageJson.add(new ImageJson(r.id().toString(), r.layerSizes())));
        var referenceJson = new LinkedHashMap<String, String>();
        references.forEach((ref, id) -> referenceJson.put(ref.toString(), id.toString()));
        try {
            AtomicFile.write(file, json.writeValueAsBytes(new IndexJson(imageJson, referenceJson)));
        } catch (IOException e) {
            throw new SystemFault("cannot write the image index " + file + ": " + e.getMessage(), e);
        }
    }

    record IndexJson(@JsonProperty("images") List<ImageJson> images,
                     @JsonProperty("references") Map<String, String> references) {
        IndexJson {
            images = images == null ? List.of() : images;
            references = references == null ? Map.of() : references;
        }
    }

    record ImageJson(@JsonProperty("id") String id, @JsonProperty("layerSizes") List<Long> layerSizes) {
        ImageJson {
            layerSizes = layerSizes == null ? List.of() : layerSizes;
        }
    }
}
