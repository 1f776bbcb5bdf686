package dev.berth.bootstrap.wiring;

import dev.berth.adapters.registry.HttpRegistry;
import dev.berth.application.image.DownloadLimit;
import dev.berth.application.image.ImagePull;
import dev.berth.application.image.ImagePush;
import dev.berth.application.image.ImageService;
import dev.berth.application.image.RegistryLogin;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.domain.registry.Platform;
import dev.berth.domain.registry.Registry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/** The registry client and the pull, push and login use cases over it. */
@ApplicationScoped
public class RegistryWiring {

    private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(1);

    @Produces
    @Singleton
    HttpRegistry registry(BerthConfig config) {
        return new HttpRegistry(config.registry().insecure().orElse(List.of()), config.registry().certsDir());
    }

    @Produces
    @Singleton
    DownloadLimit downloadLimit(BerthConfig config) {
        return new DownloadLimit(config.registry().maxConcurrentDownloads());
    }

    @Produces
    @Singleton
    ImagePull imagePull(ImageService images, Registry registry, DownloadLimit downloads, BerthConfig config) {
        return images.puller(registry, Platform.ofJvm(System.getProperty("os.name"), System.getProperty("os.arch")),
                downloads, config.registry().downloadAttempts(), FIRST_RETRY_DELAY);
    }

    @Produces
    @Singleton
    ImagePush imagePush(ImageService images, Registry registry) {
        return images.pusher(registry);
    }

    @Produces
    @Singleton
    RegistryLogin registryLogin(Registry registry) {
        return registry::login;
    }
}
