package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.ChainId;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageConfigCodec;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.image.ImageStore;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The images as the use cases see them: records from the image store joined with their configs (decoded once from
 * the content store: a config never changes under its digest) and their references; plus dockerd's name resolution.
 */
final class ImageCatalog {

    private static final Pattern FULL_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-f]{1,64}");

    private final ImageStore store;
    private final ContentStore content;
    private final ImageConfigCodec codec;
    private final Map<ImageId, ImageConfig> configs = new ConcurrentHashMap<>();

    ImageCatalog(ImageStore store, ContentStore content, ImageConfigCodec codec) {
        this.store = store;
        this.content = content;
        this.codec = codec;
    }

    ImageStore store() {
        return store;
    }

    ImageConfig config(ImageId id) {
        return configs.computeIfAbsent(id, this::readConfig);
    }

    /** Decodes a config blob; InvalidParameter when it is not one. */
    ImageConfig readConfig(ImageId id) {
        try (InputStream in = content.open(id.digest())) {
            return codec.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new SystemFault("cannot read the config of image " + id + ": " + e.getMessage(), e);
        }
    }

    void forget(ImageId id) {
        configs.remove(id);
    }

    List<Image> all() {
        Map<ImageReference, ImageId> references = store.references();
        return store.images().stream().map(record -> image(record, references)).toList();
    }

    Image image(ImageId id) {
        ImageRecord record = store.image(id).orElseThrow(() -> new NotFound("No such image: " + id));
        return image(record, store.references());
    }

    private Image image(ImageRecord record, Map<ImageReference, ImageId> references) {
        List<ImageReference> names = references.entrySet().stream()
                .filter(e -> e.getValue().equals(record.id()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(ImageReference::toString))
                .toList();
        return new Image(record.id(), config(record.id()), names, record.size());
    }

    List<ImageReference> referencesOf(ImageId id) {
        return image(id).references();
    }

    /** The ChainIDs of every layer some image other than {@code except} needs. */
    Set<ChainId> layersInUse(Optional<ImageId> except) {
        Set<ChainId> inUse = new HashSet<>();
        for (ImageRecord record : store.images()) {
            if (except.isEmpty() || !except.get().equals(record.id())) {
                inUse.addAll(ChainId.chain(config(record.id()).diffIds()));
            }
        }
        return inUse;
    }

    /** Every blob some image other than {@code except} needs: configs and layer tars. */
    Set<Digest> blobsInUse(Optional<ImageId> except) {
        Set<Digest> inUse = new HashSet<>();
        for (ImageRecord record : store.images()) {
            if (except.isEmpty() || !except.get().equals(record.id())) {
                inUse.add(record.id().digest());
                inUse.addAll(config(record.id()).diffIds());
            }
        }
        return inUse;
    }

    /** The unpacked size some image recorded for the layer {@code chainId}. */
    Optional<Long> knownLayerSize(ChainId chainId) {
        for (ImageRecord record : store.images()) {
            List<ChainId> chain = ChainId.chain(config(record.id()).diffIds());
            int index = chain.indexOf(chainId);
            if (index >= 0 && index < record.layerSizes().size()) {
                return Optional.of(record.layerSizes().get(index));
            }
        }
        return Optional.empty();
    }

    /** Resolves as dockerd: full ID, 64 hex, reference, then a unique ID prefix. */
    ImageId resolve(String name) {
        if (Digest.isDigest(name)) {
            return existing(ImageId.parse(name), name);
        }
        if (FULL_HEX.matcher(name).matches()) {
            return existing(new ImageId(new Digest(name)), name);
        }
        String prefix = name.startsWith(Digest.ALGORITHM + ":") ? name.substring(Digest.ALGORITHM.length() + 1) : null;
        if (prefix == null) {
            ImageReference reference = ImageReference.parse(name);
            ImageId tagged = store.references().get(reference);
            if (tagged != null) {
                return tagged;
            }
            prefix = name;
        }
        return byPrefix(prefix).orElseThrow(() -> noSuchImage(name));
    }

    private ImageId existing(ImageId id, String name) {
        if (store.image(id).isEmpty()) {
            throw noSuchImage(name);
        }
        return id;
    }

    /** A unique ID prefix; an ambiguous one finds nothing, as dockerd's digest set lookup. */
    private Optional<ImageId> byPrefix(String prefix) {
        if (!HEX_PREFIX.matcher(prefix).matches()) {
            return Optional.empty();
        }
        List<ImageId> matches = store.images().stream()
                .map(ImageRecord::id)
                .filter(id -> id.digest().hex().startsWith(prefix))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /** The stored reference {@code name} spells, if it is one; otherwise the name designates an image ID. */
    Optional<ImageReference> storedReference(String name) {
        if (Digest.isDigest(name) || FULL_HEX.matcher(name).matches() || name.startsWith(Digest.ALGORITHM + ":")) {
            return Optional.empty();
        }
        ImageReference reference = ImageReference.parse(name);
        return store.references().containsKey(reference) ? Optional.of(reference) : Optional.empty();
    }

    /** dockerd names the missing image in familiar form with its tag: {@code No such image: busybox:latest}. */
    static NotFound noSuchImage(String name) {
        String shown = name;
        if (!name.startsWith(Digest.ALGORITHM + ":")) {
            try {
                shown = ImageReference.parse(name).familiar();
            } catch (InvalidParameter e) {
                shown = name; // not a reference: show what the client sent
            }
        }
        return new NotFound("No such image: " + shown);
    }
}
