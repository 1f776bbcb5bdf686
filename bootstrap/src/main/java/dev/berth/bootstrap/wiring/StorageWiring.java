package dev.berth.bootstrap.wiring;

import dev.berth.application.image.ImageListFilter;
import dev.berth.application.event.EventBus;
import dev.berth.application.image.ImageService;
import dev.berth.application.image.ImageUsers;
import dev.berth.application.system.ImageCounter;
import dev.berth.bootstrap.DriverRegistry;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.image.ImageConfigCodec;
import dev.berth.domain.image.ImageStore;
import dev.berth.domain.storage.ContentStore;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.archive.TarImageArchive;
import dev.berth.drivers.storage.content.FileContentStore;
import dev.berth.drivers.storage.image.FileImageStore;
import dev.berth.drivers.storage.image.JacksonImageConfigCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** The configured storage driver, the content and image stores, and the image use cases over them. */
@ApplicationScoped
public class StorageWiring {

    @Produces
    @Singleton
    Snapshotter snapshotter(BerthConfig config) {
        return DriverRegistry.snapshotter(config.storage().driver(), config.dataRoot(), config.storage().options());
    }

    void closeSnapshotter(@Disposes Snapshotter snapshotter) {
        snapshotter.close();
    }

    @Produces
    @Singleton
    ContentStore contentStore(BerthConfig config) {
        return new FileContentStore(config.dataRoot().resolve("content"));
    }

    @Produces
    @Singleton
    ImageStore imageStore(BerthConfig config) {
        return new FileImageStore(config.dataRoot().resolve("image"));
    }

    /**
     * Images need to know which containers use them, and containers resolve images: the container side is
     * reached lazily to break the cycle.
     */
    @Produces
    @Singleton
    ImageService imageService(ContentStore content, ImageStore store, Snapshotter snapshotter,
                              Provider<ImageUsers> users, EventBus events) {
        ImageConfigCodec codec = new JacksonImageConfigCodec();
        ImageArchive archive = new TarImageArchive();
        return new ImageService(content, store, codec, archive, snapshotter, id -> users.get().usersOf(id),
                events);
    }

    @Produces
    @Singleton
    ImageCounter imageCounter(ImageService images) {
        return () -> images.list(ImageListFilter.NONE).size();
    }
}
