package dev.berth.adapters.rest.image;

import dev.berth.application.image.ImageCommands;
import dev.berth.application.image.ImageDeletion;
import dev.berth.application.image.ImageDetails;
import dev.berth.application.image.ImageExport;
import dev.berth.application.image.ImageHistoryItem;
import dev.berth.application.image.ImageImport;
import dev.berth.application.image.ImportRequest;
import dev.berth.application.image.ImageListFilter;
import dev.berth.application.image.ImagePruneFilter;
import dev.berth.application.image.ImagePruneReport;
import dev.berth.application.image.ImagePull;
import dev.berth.application.image.ImagePush;
import dev.berth.application.image.ImageQueries;
import dev.berth.application.image.Transfer;
import dev.berth.application.image.TransferEvent;
import dev.berth.application.image.ImageTransfer;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.RegistryCredentials;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Canned image use cases for the API tests: one image, {@code cli-x/y:v1}, known under that name and its ID; it
 * records what the resource passed so tests can check the parsing.
 */
@ApplicationScoped
public class StubImageUseCases implements ImageQueries, ImageCommands, ImageTransfer, ImageImport, ImagePull,
        ImagePush {

    static final ImageId ID = new ImageId(new Digest("e".repeat(64)));
    static final ImageReference NAME = ImageReference.parse("cli-x/y:v1");

    private final List<Object> calls = new CopyOnWriteArrayList<>();

    /** A method, not a field: tests reach this bean through its CDI client proxy. */
    public List<Object> calls() {
        return List.copyOf(calls);
    }

    static Image image() {
        var defaults = new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null, Map.of("k", "v"),
                Set.of(), Set.of(), null);
        var config = new ImageConfig("amd64", "linux", null, Instant.parse("2024-01-01T00:00:00Z"), null, null, null,
                defaults, List.of(new Digest("f".repeat(64))), List.of());
        return new Image(ID, config, List.of(NAME), 42);
    }

    @Override
    public List<Image> list(ImageListFilter filter) {
        calls.add(filter);
        return List.of(image());
    }

    @Override
    public ImageDetails inspect(String name) {
        return new ImageDetails(resolve(name), "overlayfs");
    }

    @Override
    public List<ImageHistoryItem> history(String name) {
        resolve(name);
        return List.of(new ImageHistoryItem(ID, Instant.EPOCH, "sh", List.of(NAME), 42, ""),
                new ImageHistoryItem(null, Instant.EPOCH, "base", List.of(), 0, ""));
    }

    @Override
    public Image resolve(String name) {
        if (name.equals(NAME.familiar()) || name.equals(ID.toString())) {
            return image();
        }
        throw new NotFound("No such image: " + name);
    }

    @Override
    public void tag(String source, String repository, String tag) {
        resolve(source);
        calls.add(List.of(source, repository, tag));
    }

    @Override
    public List<ImageDeletion> remove(String name, boolean force, boolean prune) {
        resolve(name);
        if (!force) {
            throw new Conflict("conflict: unable to delete eeeeeeeeeeee (must be forced) - image is referenced in "
                    + "multiple repositories");
        }
        return List.of(new ImageDeletion.Untagged(NAME.familiar()), new ImageDeletion.Deleted(ID.toString()));
    }

    @Override
    public ImagePruneReport prune(ImagePruneFilter filter) {
        calls.add(filter);
        return new ImagePruneReport(List.of(new ImageDeletion.Deleted(ID.toString())), 42);
    }

    @Override
    public List<String> load(InputStream archive) {
        try {
            calls.add(new String(archive.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("Loaded image: " + NAME.familiar());
    }

    @Override
    public ImageId importImage(InputStream rootfs, ImportRequest request) {
        try {
            calls.add(new String(rootfs.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        calls.add(request);
        return ID;
    }

    @Override
    public ImageExport export(List<String> names) {
        names.forEach(this::resolve);
        return out -> {
            try {
                out.write(("tar of " + names).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Tag {@code nope} is unknown to the registry; tag {@code broken} fails after its first line. */
    @Override
    public Transfer pull(ImageReference reference, RegistryCredentials credentials) {
        if ("nope".equals(reference.tag())) {
            throw new NotFound("manifest for " + reference.familiar() + " not found: manifest unknown: manifest unknown");
        }
        calls.add(reference);
        calls.add(credentials);
        return events -> {
            events.accept(new TransferEvent.Status(reference.tag(), "Pulling from " + reference.path()));
            if ("broken".equals(reference.tag())) {
                throw new SystemFault("failed to download sha256:ab after 5 attempts: connection reset");
            }
            events.accept(new TransferEvent.Bytes("0123456789ab", "Downloading", 5, 10));
            events.accept(new TransferEvent.Status(null, "Status: Downloaded newer image for "
                    + reference.familiar()));
        };
    }

    @Override
    public Transfer push(String repository, String tag, RegistryCredentials credentials) {
        calls.add(List.of(repository, tag, credentials));
        Digest digest = new Digest("d".repeat(64));
        return events -> {
            events.accept(new TransferEvent.Status(null, "The push refers to repository [" + repository + "]"));
            events.accept(new TransferEvent.Status(null, tag + ": digest: " + digest + " size: 7"));
            events.accept(new TransferEvent.Pushed(tag, digest, 7));
        };
    }
}
